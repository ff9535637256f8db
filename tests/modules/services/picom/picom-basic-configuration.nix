# Mirrors Home Manager's picom-basic-configuration test: typed options,
# free-form settings and extra arguments; the unit points at the store copy
# of picom.conf.
{
  services.picom = {
    enable = true;
    package = {
      type = "derivation";
      name = "dummy";
      outPath = "@picom@";
      meta.mainProgram = "dummy";
    };
    fade = true;
    fadeDelta = 5;
    fadeSteps = [
      4.0e-2
      4.0e-2
    ];
    fadeExclude = [
      "window_type *= 'menu'"
      "name ~= 'Firefox$'"
      "focused = 1"
    ];
    shadow = true;
    shadowOffsets = [
      (-10)
      (-15)
    ];
    shadowOpacity = 0.8;
    shadowExclude = [
      "window_type *= 'menu'"
      "name ~= 'Firefox$'"
      "focused = 1"
    ];
    backend = "xrender";
    vSync = true;
    settings = {
      "unredir-if-possible" = true;
      "dbe" = true;
    };
    extraArgs = [ "--legacy-backends" ];
  };

  test.expected = {
    "home-files/.config/picom/picom.conf" = ./picom-basic-configuration-expected.conf;
    "home-files/.config/systemd/user/picom.service" = ./picom-basic-configuration-expected.service;
  };
}
