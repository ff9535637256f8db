# Mirrors Home Manager's go-packages-default-gopath: without GOPATH the
# trees go under ~/go/src; with no env there is no env file.
{ config, ... }:
{
  programs.go = {
    enable = true;
    packages = {
      "golang.org/x/text" = ./packages/text;
      "golang.org/x/time" = ./packages/time;
    };
  };

  home.file.state.text = builtins.toJSON {
    env = config.xdg.configFile ? "go/env";
    go = builtins.filter (t: builtins.match "go/.*" t != null) (
      map (f: f.target) (builtins.attrValues config.home.file)
    );
  };

  test.expected = {
    "home-files/state" = ./packages-default-gopath-expected.json;
  };
}
