# Mirrors Home Manager's diff-so-fancy-migration: the old names under
# programs.git still work, each with a warning, and turn the git side on.
{ config, lib, ... }:
{
  home.stateVersion = "25.05";
  programs.git = {
    enable = true;
    diff-so-fancy = {
      enable = true;
      markEmptyLines = false;
      changeHunkIndicators = true;
    };
  };

  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") (lib.sort lib.lessThan config.warnings)
  );

  test.expected = {
    "home-files/.config/git/config" = ./migration-expected.conf;
    "home-files/warnings" = ./migration-expected-warnings.txt;
  };
}
