# Mirrors Home Manager's man-extra-config: the old extraConfig name warns
# and its lines follow the MANDB_MAP line after an empty one.
{ config, lib, pkgs, ... }:
{
  programs.man = {
    enable = true;
    package = pkgs.man;
    generateCaches = true;
    extraConfig = ''
      MANDATORY_MANPATH /usr/man
      SECTION 1 n l 8
    '';
  };

  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-files/.manpath" = ./extra-config-expected.manpath;
    "home-files/warnings" = ./extra-config-expected-warnings.txt;
  };
}
