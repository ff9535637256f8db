# Home Manager's wob-service test: the global section only, the service
# started with it, and the FIFO socket. (Home Manager's stub package is a
# placeholder here.)
{
  services.wob = {
    enable = true;
    package = {
      type = "derivation";
      name = "wob";
      outPath = "@wob@";
      meta.mainProgram = "wob";
    };
    systemd = true;

    settings."".background_color = "ddddddff";
  };

  test.expected = {
    "home-files/.config/systemd/user/wob.service" = ./wob-service-expected.service;
    "home-files/.config/systemd/user/wob.socket" = ./wob-service-expected.socket;
    "home-files/.config/systemd/user/sockets.target.wants/wob.socket" = ./wob-service-expected.socket;
    "home-files/.config/wob/wob.ini" = ./wob-service-expected.ini;
  };
}
