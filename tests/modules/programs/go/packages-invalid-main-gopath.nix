# Mirrors Home Manager's go-packages-invalid-main-gopath: packages cannot
# be linked outside the home directory.
{
  programs.go = {
    enable = true;
    env.GOPATH = [
      "/not/my/home/mygo"
      "/another/go"
    ];
    packages."golang.org/x/text" = ./packages/text;
  };
}
