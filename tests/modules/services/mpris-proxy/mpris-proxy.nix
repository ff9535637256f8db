# Home Manager has no mpris-proxy test; this follows its module: the
# service bound to bluetooth.target.
{
  services.mpris-proxy.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/mpris-proxy.service" = ./mpris-proxy.service;
    "home-files/.config/systemd/user/bluetooth.target.wants/mpris-proxy.service" = ./mpris-proxy.service;
  };
}
