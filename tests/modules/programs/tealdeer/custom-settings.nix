# Mirrors Home Manager's tealdeer custom-settings test.
{
  programs.tealdeer = {
    enable = true;
    settings = {
      updates = {
        auto_update = true;
        auto_update_interval_hours = 72;
      };
      display.use_pager = false;
    };
  };

  test.expected."home-files/.config/tealdeer/config.toml" = ./custom-settings-expected.toml;
}
