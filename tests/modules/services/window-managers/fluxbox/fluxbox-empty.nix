# Hearth's own case: an option left empty writes no file, so asking for
# ~/.fluxbox/init fails; a null package (fluxbox from elsewhere) installs
# nothing and still writes the files.
{ lib, ... }:
{
  xsession.windowManager.fluxbox = {
    enable = true;
    package = null;
    keys = ''
      Mod4 Return :Exec xterm
    '';
  };

  test.expected = {
    "home-files/.fluxbox/keys" = ./keys;
    "home-files/.fluxbox/init" = ./init;
  };
}
