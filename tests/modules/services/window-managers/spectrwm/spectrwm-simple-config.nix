# Home Manager's spectrwm-simple-config test. The expected file follows the
# current module, whose lines follow each other without the blank lines
# between groups that Home Manager's stored (older) expected file has.
{ lib, ... }:
{
  xsession.windowManager.spectrwm = {
    enable = true;
    settings = {
      bar_enabled = true;
      bar_format = "+S [+R:+I] %a %b %d [%R]";
      bar_justify = "center";
      modkey = "Mod4";
    };
    programs.term = "alacritty";
    bindings.term = "MOD+Shift+Return";
    unbindings = [ "MOD+Return" ];
  };

  test.expected."home-files/.config/spectrwm/spectrwm.conf" =
    ./spectrwm-simple-config-expected-spectrwm.conf;
}
