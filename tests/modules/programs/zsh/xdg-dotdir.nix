# From state version 26.05 with XDG on, the files live in ~/.config/zsh:
# ~/.zshenv only sources the inner one, which sets ZDOTDIR first. History
# stays in $HOME and no warning is given.
{ config, lib, ... }:
{
  home.stateVersion = "26.05";
  programs.zsh = {
    enable = true;
    envExtra = ''
      export EXTRA=1
    '';
    loginExtra = ''
      echo login
    '';
  };

  home.file.warnings.text = lib.concatMapStrings (w: w + "\n") config.warnings;

  test.expected = {
    "home-files/.zshenv" = ./xdg-dotdir-expected-home.zshenv;
    "home-files/.config/zsh/.zshenv" = ./xdg-dotdir-expected.zshenv;
    "home-files/.config/zsh/.zlogin" = ./xdg-dotdir-expected.zlogin;
    "home-files/.config/zsh/.zshrc" = ./xdg-dotdir-expected.zshrc;
    "home-files/warnings" = ./xdg-dotdir-expected-warnings.txt;
  };
}
