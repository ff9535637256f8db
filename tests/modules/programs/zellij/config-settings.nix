# Mirrors Home Manager's zellij-config-settings.
{
  programs.zellij = {
    enable = true;
    settings.default_layout = "welcome";
  };

  test.expected."home-files/.config/zellij/config.kdl" = ./config-settings-expected.kdl;
}
