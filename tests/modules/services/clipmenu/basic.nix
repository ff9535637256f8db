# Home Manager has no clipmenu test; the unit is the one its module
# writes, the variables in the service's environment after PATH.
{
  services.clipmenu = {
    enable = true;
    environmentVariables = {
      CM_LAUNCHER = "rofi";
      CM_MAX_CLIPS = "100";
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/clipmenu.service" = ./basic.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/clipmenu.service" =
      ./basic.service;
  };
}
