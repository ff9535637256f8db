# Each value type as btop writes it, extraConfig after a blank line, and a
# theme given as text.
{
  programs.btop = {
    enable = true;
    settings = {
      update_ms = 1000;
      show_io_stat = false;
      io_graph_combined = true;
      disks_filter = "exclude=/foo/bar";
      io_graph_speeds = "";
      graph_symbol_scale = 1.5;
    };
    extraConfig = ''
      clock_format = "%H:%M"
    '';
    themes.dracula = ''
      theme[main_bg]="#282a36"
      theme[main_fg]="#f8f8f2"
    '';
  };

  test.expected = {
    "home-files/.config/btop/btop.conf" = ./example-settings-expected.conf;
    "home-files/.config/btop/themes/dracula.theme" = ./example-settings-expected.theme;
  };
}
