# Mirrors Home Manager's mpris-proxy test: bound to bluetooth.target.
{
  services.mpris-proxy.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/mpris-proxy.service" = ./mpris-proxy.service;
    "home-files/.config/systemd/user/bluetooth.target.wants/mpris-proxy.service" = ./mpris-proxy.service;
  };
}
