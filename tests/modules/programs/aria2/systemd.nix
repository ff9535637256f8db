# Mirrors Home Manager's aria2-systemd; Hearth runs aria2c by name where
# Home Manager's test stub has its own main program.
{
  programs.aria2 = {
    enable = true;
    systemd.enable = true;
  };

  test.expected."home-files/.config/systemd/user/aria2.service" = ./systemd-expected.service;
}
