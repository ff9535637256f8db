# Former options fill their settings unless settings give them (Home
# Manager applies them at priority 1400, below plain definitions): the
# terminal comes from settings; a script mode becomes name:path.
{
  programs.rofi = {
    enable = true;
    font = "Droid Sans Mono 14";
    terminal = "/some/path";
    cycle = false;
    location = "bottom";
    modes = [
      "drun"
      {
        name = "custom";
        path = "/some/script";
      }
    ];
    settings.terminal = "/canonical";
    extraConfig.modi = "drun,emoji,ssh";
  };

  test.expected."home-files/.config/rofi/config.rasi" = ./legacy-options.rasi;
}
