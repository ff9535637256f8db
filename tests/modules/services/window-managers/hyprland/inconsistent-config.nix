# Mirrors Home Manager's hyprland-inconsistent-config test: plugins and
# the session target but nothing else to configure draws a warning.
{
  wayland.windowManager.hyprland = {
    enable = true;
    plugins = [ "/path/to/plugin1" ];
  };

  test.expected.warnings = ./inconsistent-warnings.txt;
}
