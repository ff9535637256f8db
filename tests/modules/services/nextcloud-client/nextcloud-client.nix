# Home Manager has no test for this; after its module: the client in the
# graphical session, with the profile's programs on its PATH.
{
  services.nextcloud-client.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/nextcloud-client.service" = ./nextcloud-client.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/nextcloud-client.service" =
      ./nextcloud-client.service;
  };
}
