# Mirrors Home Manager's swaylock-settings: under the tests' old state
# version settings alone enable the module; true is a bare flag, false
# is left out.
{
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
