# Mirrors Home Manager's lf-all-options.
{
  programs.lf = {
    enable = true;

    cmdKeybindings = {
      "<c-a>" = "should-be-added";
      "<c-b>" = null;
    };

    commands = {
      added = '':echo "foo"'';
      removed = null;
      multiline = ''
        :{{
          push gg
          echo "bar"
          push i
        }}'';
    };

    extraConfig = ''
      # More config...
    '';

    keybindings = {
      aa = "should-be-added";
      ab = null;
    };

    previewer = {
      keybinding = "i";
      source = ./pv.sh;
    };

    settings = {
      ignorecase = false;
      icons = true;
      tabstop = 4;
      ratios = "2:2:3";
    };
  };

  test.expected."home-files/.config/lf/lfrc" = ./all-options-expected.lfrc;
}
