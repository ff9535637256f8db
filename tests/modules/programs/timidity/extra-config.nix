# The wrapped timidity is installed (not the plain one) and is told to
# read a file holding extraConfig: the file's store path, which hashes
# its name and text, must be the one in the wrapper's flags.
{ config, lib, pkgs, ... }:
let
  text = ''
    soundfont /usr/share/sounds/sf2/FluidR3_GM.sf2
  '';
in
{
  programs.timidity = {
    enable = true;
    extraConfig = text;
  };

  home.file.state.text = builtins.toJSON {
    packages = builtins.filter (lib.hasPrefix "timidity") (map (p: p.name) config.home.packages);
    paths = map toString config.programs.timidity.finalPackage.paths;
    readsConfig = lib.hasInfix (builtins.unsafeDiscardStringContext "${pkgs.writeText "timidity.cfg" text}") (
      builtins.unsafeDiscardStringContext config.programs.timidity.finalPackage.postBuild
    );
  };
  home.file.wrapper.text = config.programs.timidity.finalPackage.postBuild;

  test.expected = {
    "home-files/state" = ./extra-config-expected.json;
    "home-files/wrapper" = ./extra-config-expected-wrapper.sh;
  };
}
