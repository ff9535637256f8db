# Mirrors Home Manager's pqiv settings test (its stub package is a
# placeholder here).
{ lib, ... }:
{

  programs.pqiv = {
    enable = true;
    settings = {
      options = {
        hide-info-box = true;
        thumbnail-size = "256x256";
      };
    };
    extraConfig = ''
      [keybindings]
      t { montage_mode_enter() }
    '';
  };

  test.expected."home-files/.config/pqivrc" = ./settings-expected.pqivrc;
}
