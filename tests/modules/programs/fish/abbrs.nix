# Mirrors Home Manager's abbrs.nix: plain and structured abbreviations.
# Before fish_indent the lines of plain ones have two spaces after --add;
# fish_syntax.test.sh checks the indented lines against Home Manager's.
{
  programs.fish = {
    enable = true;
    generateCompletions = false;
    shellAbbrs = {
      l = "less";
      gco = "git checkout";
      "-C" = {
        position = "anywhere";
        expansion = "--color";
      };
      L = {
        position = "anywhere";
        setCursor = true;
        expansion = "% | less";
      };
      "!!" = {
        position = "anywhere";
        function = "last_history_item";
      };
      vim_edit_texts = {
        position = "command";
        regex = ".+\\.txt";
        function = "vim_edit";
      };
      "4DIRS" = {
        setCursor = "!";
        expansion = ''
          for dir in */
            cd $dir
            !
            cd ..
          end
        '';
      };
      co = {
        command = "git";
        expansion = "checkout";
      };
      dotdot = {
        regex = "^\\.\\.+$";
        function = "multicd";
      };
    };
  };

  test.expected."home-files/.config/fish/config.fish" = ./abbrs-expected.fish;
}
