# Not a Home Manager test: Debian's sway has no wrapper, so session
# commands and extra options get a script in front of it (the case copies
# the script's text to a file of its own to compare it).
{ config, lib, ... }:

let
  package = config.wayland.windowManager.sway.package;
in
{
  wayland.windowManager.sway = {
    enable = true;
    checkConfig = false;
    config = null;
    extraSessionCommands = ''
      export SDL_VIDEODRIVER=wayland
    '';
    extraOptions = [
      "--unsupported-gpu"
      "--debug"
    ];
  };

  home.file.sway-wrapper.text = (builtins.head package.paths).text;

  test.expected."home-files/sway-wrapper" = ./sway-wrapper.sh;
}
