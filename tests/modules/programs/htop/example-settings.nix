# Field numbers and meters through config.lib.htop; keys sorted.
{ config, ... }:
{
  programs.htop.enable = true;
  programs.htop.settings =
    {
      color_scheme = 6;
      cpu_count_from_one = false;
      delay = 15;
      fields = with config.lib.htop.fields; [
        PID
        USER
        PERCENT_CPU
        PERCENT_MEM
        TIME
        COMM
      ];
      highlight_base_name = true;
    }
    // (
      with config.lib.htop;
      leftMeters [
        (bar "AllCPUs2")
        (bar "Memory")
        (text "Zram")
      ]
    )
    // (
      with config.lib.htop;
      rightMeters [
        (text "Tasks")
        (graph "LoadAverage")
        (led "Uptime")
        blank
      ]
    );

  test.expected."home-files/.config/htop/htoprc" = ./example-settings-expected.htoprc;
}
