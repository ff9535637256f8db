# A plugin named by a string still loads, with the deprecation warning.
{ config, lib, ... }:
{
  programs.vim = {
    enable = true;
    plugins = [ "vim-fugitive" ];
  };

  home.file.pack.text = config.programs.vim.package.packDir.buildCommand;

  test.expected = {
    "home-files/pack" = ./string-plugins-expected-pack.sh;
    warnings = ./string-plugins-expected-warnings.txt;
  };
}
