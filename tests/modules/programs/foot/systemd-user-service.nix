# Mirrors Home Manager's foot systemd-user-service test.
{
  programs.foot = {
    enable = true;
    server.enable = true;
  };

  test.expected."home-files/.config/systemd/user/foot.service" = ./systemd-user-service-expected.service;
}
