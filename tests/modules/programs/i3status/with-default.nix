# Mirrors Home Manager's i3status with-default test (the stub i3status
# package stands in for its dummy script).
{
  programs.i3status = {
    enable = true;
    enableDefault = true;
  };

  test.expected."home-files/.config/i3status/config" = ./with-default-expected.conf;
}
