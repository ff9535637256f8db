# Home Manager's kanshi-empty-settings: no settings, so no configuration
# file, only the unit. HM's stub package is the default package here, so
# the store path reads @kanshi@.
{
  services.kanshi.enable = true;

  test.expected."home-files/.config/systemd/user/kanshi.service" = ./kanshi.service;
}
