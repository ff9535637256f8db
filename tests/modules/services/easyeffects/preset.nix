# A preset loaded at start, and preset files for an input and an output.
{
  services.easyeffects = {
    enable = true;
    preset = "noise-removal";
    extraPresets = {
      noise-removal.input = {
        blocklist = [ ];
        plugins_order = [ "rnnoise#0" ];
        "rnnoise#0".bypass = false;
      };
      loud.output = {
        blocklist = [ ];
        plugins_order = [ ];
      };
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/easyeffects.service" = ./preset.service;
    "home-files/.config/easyeffects/input/noise-removal.json" = ./noise-removal.json;
    "home-files/.config/easyeffects/output/loud.json" = ./loud.json;
  };
}
