# Mirrors Home Manager's delta-migration: programs.git.delta still works,
# turns the git integration on, and says so three times; the options
# become git's [delta] sections.
{ config, lib, ... }:
{
  home.stateVersion = "25.05";
  programs.git = {
    enable = true;
    delta = {
      enable = true;
      options = {
        features = "line-numbers decorations";
        syntax-theme = "Dracula";
        decorations = {
          commit-decoration-style = "bold yellow box ul";
          file-style = "bold yellow ul";
          file-decoration-style = "none";
        };
      };
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
