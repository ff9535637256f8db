# Aliases, EDITOR, the old extraLuaConfig name (with its warning), Lua
# pieces placed around the generated ones, Vimscript sourced from the
# store, extra programs on nvim's PATH and more wrapper arguments; the
# Perl provider asked for but missing.
{ config, lib, pkgs, ... }:
{
  imports = [
    {
      programs.neovim.initLua = lib.mkBefore ''
        vim.g.mapleader = ","
      '';
    }
  ];

  programs.bash.enable = true;

  programs.neovim = {
    enable = true;
    viAlias = true;
    vimAlias = true;
    vimdiffAlias = true;
    defaultEditor = true;
    withPerl = true;
    withPython3 = false;
    extraPackages = [
      pkgs.ripgrep
      pkgs.fzf
    ];
    extraWrapperArgs = [
      "--set"
      "NVIM_APPNAME"
      "nvim-hearth"
    ];
    extraConfig = ''
      set shiftwidth=3
      colorscheme desert
    '';
    extraLuaConfig = ''
      vim.opt.number = true
    '';
  };

  home.file.wrapper.text = config.programs.neovim.finalPackage.buildCommand;
  home.file.editor.text = config.home.sessionVariables.EDITOR + "\n";
  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-files/.config/nvim/init.lua" = ./most-options-expected.lua;
    "home-files/wrapper" = ./most-options-expected-wrapper.sh;
    "home-files/editor" = ./most-options-expected-editor.txt;
    "home-files/warnings" = ./most-options-expected-warnings.txt;
    "home-files/.bashrc" = ./most-options-expected.bashrc;
  };
}
