# A relative dotDir still works, from the home directory, with a warning;
# before 20.03 the history file follows dotDir.
{ config, lib, ... }:
{
  programs.zsh = {
    enable = true;
    dotDir = ".config/zsh/";
  };

  home.file.warnings.text = lib.concatMapStrings (w: w + "\n") config.warnings;

  test.expected = {
    "home-files/.zshenv" = ./relative-dotdir-expected-home.zshenv;
    "home-files/.config/zsh/.zshrc" = ./relative-dotdir-expected.zshrc;
    "home-files/warnings" = ./relative-dotdir-expected-warnings.txt;
  };
}
