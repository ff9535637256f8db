# Mirrors Home Manager's binds.nix: key bindings become the function
# fish_user_key_bindings; `name` lets two bindings share a key.
{
  programs.fish = {
    enable = true;
    generateCompletions = false;
    binds = {
      "ctrl-d".command = "exit";
      "visual_ctrl-d" = {
        name = "ctrl-d";
        mode = "visual";
        command = "exit";
      };
      "f" = {
        mode = "something-non-default";
        command = "exit";
      };
      "ctrl-c" = {
        mode = "insert";
        command = [
          "kill-whole-line"
          "repaint"
        ];
      };
      "ctrl-g".command = [
        "git diff"
        "repaint"
      ];
      "alt-s" = {
        erase = true;
        operate = "preset";
        command = "fish_commandline_prepend sudo";
      };
      "ctrl-x" = {
        enable = false;
        command = "ignored";
      };
      "ctrl-r" = {
        silent = true;
        setsMode = "insert";
        repaint = true;
        command = "history-search";
      };
    };
  };

  test.expected."home-files/.config/fish/functions/fish_user_key_bindings.fish" = ./binds-expected.fish;
}
