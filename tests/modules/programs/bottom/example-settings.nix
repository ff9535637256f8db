# Mirrors Home Manager's bottom-example-settings.
{
  programs.bottom = {
    enable = true;
    settings = {
      flags = {
        avg_cpu = true;
        temperature_type = "c";
      };
      colors.low_battery_color = "red";
    };
  };

  test.expected."home-files/.config/bottom/bottom.toml" = ./example-settings-expected.toml;
}
