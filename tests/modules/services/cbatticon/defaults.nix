# Nothing set: the bare command, ordered after the tray.
{
  imports = [ ./package.nix ];

  services.cbatticon.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/cbatticon.service" = ./defaults.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/cbatticon.service" =
      ./defaults.service;
  };
}
