# Home Manager's mangohud-basic-configuration test: switches bare, lists
# comma-separated, paths as text; a file per application. Its expected file
# in the index still spells the false switch `legacy_layout=false`, from
# before its module wrote `=0`; the module is followed here. The
# session-wide variables are Hearth's addition to the case.
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
      media_player_name = "spotify";
      media_player_order = [
        "title"
        "artist"
        "album"
      ];
    };
    settingsPerApplication = {
      mpv = {
        output_folder = /home/user/Documents/mpv-mangohud;
        no_display = true;
      };
    };
  };

  home.file.vars.text = builtins.toJSON {
    inherit (config.home.sessionVariables) MANGOHUD MANGOHUD_DLSYM;
  };

  test.expected = {
    "home-files/.config/MangoHud/MangoHud.conf" = ./basic-configuration.conf;
    "home-files/.config/MangoHud/mpv.conf" = ./basic-configuration-mpv.conf;
    "home-files/vars" = ./basic-configuration-expected-vars.json;
  };
}
