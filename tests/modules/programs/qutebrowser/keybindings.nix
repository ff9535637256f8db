# Mirrors Home Manager's qutebrowser-keybindings: quotes escaped, merged
# definitions joined by " ;; ", null unbinds.
{ lib, ... }:
{
  programs.qutebrowser = {
    enable = true;
    keyBindings = {
      normal = {
        "<Ctrl-v>" = "spawn mpv {url}";
        ",l" = ''config-cycle spellcheck.languages ["en-GB"] ["en-US"]'';
        "<F1>" = lib.mkMerge [
          "config-cycle tabs.show never always"
          "config-cycle statusbar.show in-mode always"
          "config-cycle scrolling.bar never always"
        ];
      };
      prompt = {
        "<Ctrl-y>" = "prompt-yes";
        d = null;
      };
    };
  };

  test.expected."home-files/.config/qutebrowser/config.py" = ./keybindings-expected.py;
}
