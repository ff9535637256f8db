# Mirrors Home Manager's swaylock-legacy: state version 20.09, settings
# alone enable the module.
{
  home.stateVersion = "20.09";
  programs.swaylock.settings = {
    color = "808080";
    font-size = 24;
    indicator-idle-visible = false;
    indicator-radius = 100;
    line-color = "ffffff";
    show-failed-attempts = true;
  };

  test.expected."home-files/.config/swaylock/config" = ./config;
}
