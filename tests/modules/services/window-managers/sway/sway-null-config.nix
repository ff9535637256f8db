# Mirrors Home Manager's sway-null-config test: no `config`, no systemd
# line, an empty file.
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
  };

  test.expected."home-files/.config/sway/config" = ../i3/empty.conf;
}
