# A package without `override` (Debian's) is installed with the plugins
# beside it.
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
    package = plugin "pidgin";
    plugins = [ (plugin "pidgin-otr") ];
  };

  home.file.state.text = builtins.toJSON (
    builtins.filter (lib.hasPrefix "@pidgin") (map (p: p.outPath) config.home.packages)
  );

  test.expected."home-files/state" = ./no-override-expected.json;
}
