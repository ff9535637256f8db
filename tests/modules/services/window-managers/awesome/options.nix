# Hearth's own case (Home Manager has no awesome test): --no-argb, then a
# share/ and a lib/ search directory for each Lua module, in list order,
# under the Lua version awesome was built with.
{ lib, pkgs, ... }:
{
  xsession.enable = true;
  xsession.windowManager.awesome = {
    enable = true;
    noArgb = true;
    luaModules = with pkgs.luaPackages; [
      vicious
      lgi
    ];
  };

  test.expected."home-files/.xsession" = ./options-xsession.txt;
}
