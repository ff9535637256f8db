# A shortcut letter rebinds the prefix to C-<letter>; with emacs keys the
# pane bindings are not written.
{
  programs.tmux = {
    enable = true;
    shortcut = "s";
    customPaneNavigationAndResize = true;
    sensibleOnTop = false;
  };

  test.expected."home-files/.config/tmux/tmux.conf" = ./shortcut-expected.conf;
}
