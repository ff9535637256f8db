# Mirrors Home Manager's mangohud-basic-configuration: switches bare,
# false spelled out, lists comma-separated, a path as text; a file per
# application; the session-wide variables.
{ config, ... }:
{
  programs.mangohud = {
    enable = true;
    enableSessionWide = true;
    settings = {
      output_folder = /home/user/Documents/mangohud;
      fps_limit = [
        30
        60
      ];
      vsync = 0;
      legacy_layout = false;
      cpu_stats = true;
      cpu_temp = true;
      cpu_power = true;
      cpu_text = "CPU";
      cpu_mhz = true;
      cpu_load_change = true;
      cpu_load_value = true;
      media_player = true;
      media_player_name = "spotify";
      media_player_order = [
        "title"
        "artist"
        "album"
      ];
    };
    settingsPerApplication.mpv.no_display = true;
  };

  home.file.vars.text = builtins.toJSON {
    inherit (config.home.sessionVariables) MANGOHUD MANGOHUD_DLSYM;
  };

  test.expected = {
    "home-files/.config/MangoHud/MangoHud.conf" = ./basic-configuration-expected.conf;
    "home-files/.config/MangoHud/mpv.conf" = ./basic-configuration-expected-mpv.conf;
    "home-files/vars" = ./basic-configuration-expected-vars.json;
  };
}
