# header_layout comes first, before the column meters that depend on it.
{ config, ... }:
{
  programs.htop.enable = true;
  programs.htop.settings = with config.lib.htop; {
    header_layout = "two_50_50";
    column_meters_0 = [
      "AllCPUs2"
      "Memory"
    ];
    column_meters_modes_0 = [
      modes.Bar
      modes.Bar
    ];
    column_meters_1 = [ "Tasks" ];
    column_meters_modes_1 = [ modes.Text ];
  };

  test.expected."home-files/.config/htop/htoprc" = ./header-layout-expected.htoprc;
}
