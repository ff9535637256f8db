# Mirrors Home Manager's cliphist-multiple-session-targets test: the
# watchers are wanted by, part of and after every target.
{
  services.cliphist = {
    enable = true;
    systemdTargets = [
      "sway-session.target"
      "hyprland-session.target"
    ];
  };

  test.expected = {
    "home-files/.config/systemd/user/cliphist.service" = ./multiple-session-targets.service;
    "home-files/.config/systemd/user/sway-session.target.wants/cliphist.service" =
      ./multiple-session-targets.service;
    "home-files/.config/systemd/user/hyprland-session.target.wants/cliphist.service" =
      ./multiple-session-targets.service;
    "home-files/.config/systemd/user/sway-session.target.wants/cliphist-images.service" =
      ./multiple-session-targets-images.service;
  };
}
