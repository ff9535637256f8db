# Mirrors Home Manager's go-packages-custom-gopath: the trees go under
# the first GOPATH entry, taken relative to the home directory.
{ config, ... }:
{
  programs.go = {
    enable = true;
    env.GOPATH = [
      "${config.home.homeDirectory}/mygo"
      "/another/go"
      "/yet/another/go"
    ];
    packages = {
      "golang.org/x/text" = ./packages/text;
      "golang.org/x/time" = ./packages/time;
    };
  };

  # Each tree is linked whole, from the test's own directory.
  home.file.links.text = builtins.toJSON (
    map (f: {
      inherit (f) target;
      source = baseNameOf f.source;
    }) (builtins.filter (f: builtins.match "mygo/.*" f.target != null) (builtins.attrValues config.home.file))
  );

  test.expected."home-files/links" = ./packages-custom-gopath-expected.json;
}
