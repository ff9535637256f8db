# Typed settings become sorted `set` lines (flags, negated flags, numbers,
# comma-joined lists), extraConfig follows; a plugin package beside the
# default one; vim as EDITOR.
{ config, pkgs, ... }:
{
  programs.vim = {
    enable = true;
    defaultEditor = true;
    plugins = [ pkgs.vimPlugins.vim-fugitive ];
    settings = {
      number = true;
      modeline = false;
      tabstop = 8;
      shiftwidth = 2;
      background = "light";
      undodir = [
        "~/.cache/vim/undo"
        "/tmp"
      ];
      mouse = "a";
    };
    extraConfig = ''
      syntax on
      nnoremap <Space> :
    '';
  };

  home.file.vimrc.text = config.programs.vim.package.vimrc.text;
  home.file.pack.text = config.programs.vim.package.packDir.buildCommand;
  home.file.editor.text = config.home.sessionVariables.EDITOR + "\n";

  test.expected = {
    "home-files/vimrc" = ./settings-expected.vimrc;
    "home-files/pack" = ./settings-expected-pack.sh;
    "home-files/editor" = ./settings-expected-editor.txt;
  };
}
