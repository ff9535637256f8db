# Mirrors Home Manager's go-example-config: lists joined (GOPATH by ":",
# GOPRIVATE by ","), every variable one sorted line of go/env.
{ config, ... }:
{
  programs.go = {
    enable = true;
    env = {
      GOPATH = [
        "${config.home.homeDirectory}/mygo"
        "/another/go"
        "/yet/another/go"
      ];
      GOPRIVATE = [
        "*.corp.example.com"
        "rsc.io/private"
      ];
      CXX = "g++";
      GCCGO = "gccgo";
      GOAMD64 = "v1";
      GOARCH = "amd64";
      GOAUTH = "netrc";
    };
  };

  test.expected."home-files/.config/go/env" = ./example-config-expected.env;
}
