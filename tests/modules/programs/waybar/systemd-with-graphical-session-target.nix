# Mirrors Home Manager's waybar-systemd-with-graphical-session-target test:
# the service, started by the tray and the given session target. Home
# Manager's coreutils there is a built store path; here it is a
# placeholder.
{
  home.stateVersion = "21.11";

  programs.waybar = {
    enable = true;
    systemd.enable = true;
    systemd.targets = [ "sway-session.target" ];
  };

  test.expected."home-files/.config/systemd/user/waybar.service" =
    ./systemd-with-graphical-session-target.service;
}
