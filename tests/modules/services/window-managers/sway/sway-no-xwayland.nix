# Mirrors Home Manager's sway-no-xwayland test.
{
  wayland.windowManager.sway = {
    enable = true;
    package = {
      type = "derivation";
      name = "sway";
      outPath = "@sway@";
    };
    config = null;
    systemd.enable = false;
    xwayland = false;
  };

  test.expected."home-files/.config/sway/config" = ./sway-no-xwayland.conf;
}
