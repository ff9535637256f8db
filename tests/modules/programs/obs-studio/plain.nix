# Without plugins (and without nixpkgs' wrapOBS) the package is installed
# as it is. Home Manager has no test of this module.
{ config, lib, ... }:
{
  programs.obs-studio.enable = true;

  home.file.state.text = builtins.toJSON {
    final = toString config.programs.obs-studio.finalPackage;
    installed = builtins.filter (lib.hasPrefix "@") (map toString config.home.packages);
  };

  test.expected."home-files/state" = ./plain-expected.json;
}
