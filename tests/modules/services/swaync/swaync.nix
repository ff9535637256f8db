# Home Manager's swaync test: the D-Bus service with its defaults. Home
# Manager's stub package is written out here as a placeholder. Its
# expected unit is taken from the current module (After= the session
# target, and the restart trigger on config.json).
{
  services.swaync = {
    enable = true;
    package = {
      type = "derivation";
      name = "swaync";
      outPath = "@swaync@";
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/swaync.service" = ./swaync.service;
    "home-files/.config/swaync/config.json" = ./empty-config.json;
  };
}
