# Home Manager's settings test: iniSettings over the defaults, one tool,
# and text after the tools.
{
  services.gromit-mpx = {
    enable = true;
    iniSettings = {
      General.ShowIntroOnStartup = true;
      Drawing.Opacity = "0.5";
    };
    tools = [
      {
        device = "stylus";
        color = "#ff00ff";
        size = 3;
      }
    ];
    cfgSettings = ''
      custom cfg settings
    '';
  };

  test.expected = {
    "home-files/.config/gromit-mpx.ini" = ./settings.ini;
    "home-files/.config/gromit-mpx.cfg" = ./settings.cfg;
  };
}
