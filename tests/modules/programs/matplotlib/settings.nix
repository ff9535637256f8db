# Hearth's own case (Home Manager has no matplotlib test): nested sets,
# booleans, numbers and lists, an empty value and extra lines.
{
  programs.matplotlib = {
    enable = true;
    config = {
      backend = "Qt5Agg";
      axes = {
        grid = true;
        facecolor = "black";
        edgecolor = "FF9900";
        prop_cycle.skip = false;
      };
      figure.dpi = 120;
      lines.dashed_pattern = [
        3.7
        1.6
      ];
      grid.color = "";
    };
    extraConfig = ''
      font.family: serif
      savefig.format: svg
    '';
  };

  test.expected."home-files/.config/matplotlib/matplotlibrc" = ./settings-expected.rc;
}
