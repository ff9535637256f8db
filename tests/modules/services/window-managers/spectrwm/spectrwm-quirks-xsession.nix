# Hearth's own case: quirks sit between programs and bindings, a false
# setting is 0, and the X session runs spectrwm.
{ lib, ... }:
{
  xsession.enable = true;
  xsession.windowManager.spectrwm = {
    enable = true;
    settings.bar_enabled = false;
    quirks = {
      Pavucontrol = "FLOAT";
      "Firefox-bin:firefox-bin" = "TRANSSZ";
    };
    programs.lock = "slock";
  };

  test.expected."home-files/.config/spectrwm/spectrwm.conf" = ./quirks-expected.conf;
  test.expected."home-files/.xsession" = ./xsession-expected.txt;
}
