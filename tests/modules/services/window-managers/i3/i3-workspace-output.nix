# Mirrors Home Manager's i3-workspace-output test: workspace names are
# written as they are, outputs quoted, several in order of preference.
{
  xsession.windowManager.i3 = {
    enable = true;
    config.workspaceOutputAssign = [
      {
        workspace = "1";
        output = "eDP";
      }
      {
        workspace = "ABC";
        output = "DP";
      }
      {
        workspace = "3: Test";
        output = "HDMI";
      }
      {
        workspace = ''!"§$%&/(){}[]=?\*#<>-_.:,;²³'';
        output = "DVI";
      }
      {
        workspace = "Multiple";
        output = [
          "DVI"
          "HDMI"
          "DP"
        ];
      }
    ];
  };

  test.expected."home-files/.config/i3/config" = ./i3-workspace-output-expected.conf;
}
