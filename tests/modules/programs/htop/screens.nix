# Screens in DAG order, each a `screen:` line and its dotted settings;
# with screens no default fields are added.
{ lib, ... }:
{
  programs.htop = {
    enable = true;
    settings.tree_view = true;
    screens = {
      "I/O" = lib.hm.dag.entryAfter [ "Main" ] {
        fields = "PID USER IO_PRIORITY IO_RATE Command";
        sort_key = "IO_RATE";
        tree_sort_key = "PID";
      };
      Main = {
        sort_key = "PERCENT_MEM";
        tree_sort_key = "PERCENT_MEM";
        tree_view = true;
      };
    };
  };

  test.expected."home-files/.config/htop/htoprc" = ./screens-expected.htoprc;
}
