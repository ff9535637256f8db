# Home Manager has no clipmenu test; the unit and the launcher variable
# are what its module writes.
{
  services.clipmenu = {
    enable = true;
    launcher = "rofi";
  };

  test.expected = {
    "home-files/.config/systemd/user/clipmenu.service" = ./basic.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/clipmenu.service" =
      ./basic.service;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./basic-session-vars.sh;
  };
}
