# Every part of kitty.conf in its order, an extraConfig definition slotted
# between the shell integration mode and the settings, and the bash
# integration.
{ config, lib, ... }:
{
  programs.kitty = {
    enable = true;
    settings = {
      scrollback_lines = 10000;
      enable_audio_bell = false;
      update_check_interval = 0;
      background_opacity = 0.5;
    };
    font.name = "DejaVu Sans";
    font.size = 8;
    keybindings = {
      "ctrl+c" = "copy_or_interrupt";
      "ctrl+f>2" = "set_font_size 20";
    };
    actionAliases = {
      launch_tab = "launch --cwd=current --type=tab";
      launch_window = "launch --cwd=current --type=os-window";
    };
    environment.LS_COLORS = "1";
    extraConfig = lib.mkOrder 535 ''
      include ~/.cache/wal/colors-kitty.conf
    '';
  };

  home.file.bash-integration.text = config.programs.bash.initExtra;

  test.expected = {
    "home-files/.config/kitty/kitty.conf" = ./example-mk-order-expected.conf;
    "home-files/bash-integration" = ./example-mk-order-expected-bash.sh;
  };
}
