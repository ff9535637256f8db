# A section must be a set of keys.
{
  systemd.user.services.broken.Service = "ExecStart=/bin/true";

  test.expected."home-files/.config/systemd/user/broken.service" = ./units-expected.service;
}
