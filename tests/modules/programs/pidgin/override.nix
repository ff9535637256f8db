# A package with `override` (as nixpkgs' pidgin) is installed overridden
# with the plugins.
{ config, lib, ... }:
let
  plugin = name: {
    type = "derivation";
    inherit name;
    outPath = "@${name}@";
    outputs = [ "out" ];
    meta = { };
  };
in
{
  programs.pidgin = {
    enable = true;
    package = plugin "pidgin" // {
      override = args: plugin "pidgin-with-${toString (map (p: p.name) args.plugins)}";
    };
    plugins = [
      (plugin "pidgin-otr")
      (plugin "pidgin-osd")
    ];
  };

  home.file.state.text = builtins.toJSON (
    builtins.filter (lib.hasPrefix "@pidgin") (map (p: p.outPath) config.home.packages)
  );

  test.expected."home-files/state" = ./override-expected.json;
}
