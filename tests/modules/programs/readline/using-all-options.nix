# Variables (booleans as on/off) and bindings sorted by name, then
# extraConfig as written.
{
  programs.readline = {
    enable = true;
    bindings = {
      "\\C-h" = "backward-kill-word";
      "\\e[A" = "history-search-backward";
    };
    variables = {
      bell-style = "audible";
      completion-map-case = true;
      show-all-if-ambiguous = false;
      completion-prefix-display-length = 2;
    };
    extraConfig = ''
      $if mode=emacs
      "\e[1~": beginning-of-line
      $endif
    '';
  };

  test.expected."home-files/.inputrc" = ./using-all-options-expected.inputrc;
}
