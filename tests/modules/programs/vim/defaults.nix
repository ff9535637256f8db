# Enabled alone: vim-sensible on the packpath, an otherwise empty vimrc,
# no ~/.vimrc and no EDITOR.
{ config, lib, ... }:
{
  programs.vim.enable = true;

  home.file.wrapper.text = config.programs.vim.package.buildCommand;
  home.file.vimrc.text = config.programs.vim.package.vimrc.text;
  home.file.state.text = lib.concatStringsSep "\n" [
    (lib.boolToString (config.home.file ? ".vimrc"))
    (config.home.sessionVariables.EDITOR or "unset")
    ""
  ];

  test.expected = {
    "home-files/wrapper" = ./defaults-expected-wrapper.sh;
    "home-files/vimrc" = ./defaults-expected.vimrc;
    "home-files/state" = ./defaults-expected-state.txt;
  };
}
