# Mirrors Home Manager's foot example-settings test.
{
  programs.foot = {
    enable = true;
    settings = {
      main = {
        term = "xterm-256color";
        font = "Fira Code:size=11";
        dpi-aware = "yes";
      };
      mouse.hide-when-typing = "yes";
    };
  };

  test.expected."home-files/.config/foot/foot.ini" = ./example-settings-expected.ini;
}
