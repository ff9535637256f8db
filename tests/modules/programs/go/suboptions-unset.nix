# Mirrors Home Manager's go-suboptions-unset: GOPATH and GOPRIVATE left
# unset write no line.
{
  programs.go = {
    enable = true;
    env = {
      CXX = "g++";
      GCCGO = "gccgo";
      GOAMD64 = "v1";
      GOARCH = "amd64";
      GOAUTH = "netrc";
    };
  };

  test.expected."home-files/.config/go/env" = ./suboptions-unset-expected.env;
}
