# Home Manager has no test for this; Hearth's own, from its module: the
# client started with the graphical session. The package is a placeholder.
{
  services.owncloud-client = {
    enable = true;
    package = {
      type = "derivation";
      name = "owncloud-client";
      outPath = "@owncloud-client@";
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/owncloud-client.service" = ./owncloud-client.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/owncloud-client.service" =
      ./owncloud-client.service;
  };
}
