# Enabled alone: init.lua holds only the provider line (Python 3 on, the
# rest off) with no final newline; nvim wrapped with nothing extra; no
# EDITOR.
{ config, lib, ... }:
{
  programs.neovim.enable = true;

  home.file.wrapper.text = config.programs.neovim.finalPackage.buildCommand;
  home.file.editor.text = (config.home.sessionVariables.EDITOR or "unset") + "\n";

  test.expected = {
    "home-files/.config/nvim/init.lua" = ./defaults-expected.lua;
    "home-files/wrapper" = ./defaults-expected-wrapper.sh;
    "home-files/editor" = ./defaults-expected-editor.txt;
  };
}
