# diff.conf from a setting and a key binding alone.
{
  programs.kitty = {
    enable = true;
    diffConfig = {
      settings.diff_cmd = "auto";
      keybindings.j = "scroll_by 1";
    };
  };

  test.expected."home-files/.config/kitty/diff.conf" = ./example-diff-config-expected.conf;
}
