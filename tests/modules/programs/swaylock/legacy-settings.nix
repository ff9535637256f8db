# After Home Manager's swaylock legacy test (inputs not verified against
# it): before 23.05, settings alone enable the module.
{
  home.stateVersion = "22.11";

  programs.swaylock.settings = {
    color = "808080";
    daemonize = true;
  };

  test.expected."home-files/.config/swaylock/config" = ./legacy-settings-expected.conf;
}
