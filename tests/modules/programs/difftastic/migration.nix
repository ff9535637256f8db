# Mirrors Home Manager's difftastic-migration: programs.git.difftastic
# still works and turns the git side on, with three warnings.
{ config, lib, ... }:
{
  home.stateVersion = "25.05";
  programs.git = {
    enable = true;
    difftastic = {
      enable = true;
      options = {
        color = "always";
        display = "side-by-side";
      };
    };
  };

  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") (lib.sort lib.lessThan config.warnings)
  );

  test.expected = {
    "home-files/.config/git/config" = ./with-git-external-diff-expected.conf;
    "home-files/warnings" = ./migration-expected-warnings.txt;
  };
}
