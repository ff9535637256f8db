# Mirrors Home Manager's rofi legacy-option-defaults test: a former option
# at default priority is not a user's choice and writes nothing.
{ lib, ... }:
{
  imports = [ ./no-settings.nix ];
  programs.rofi.location = lib.mkOptionDefault "top";
}
