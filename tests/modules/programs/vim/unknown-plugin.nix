# A string naming no plugin of pkgs.vimPlugins is an error.
{
  programs.vim = {
    enable = true;
    plugins = [
      "vim-fugitive"
      "vim-no-such-plugin"
    ];
  };

  test.expected.warnings = ./string-plugins-expected-warnings.txt;
}
