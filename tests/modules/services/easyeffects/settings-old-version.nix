# Mirrors Home Manager's easyeffects-settings-old-version: settings need
# EasyEffects 8.0.0.
{ pkgs, ... }:
{
  services.easyeffects = {
    enable = true;
    package = pkgs.easyeffects // {
      version = "7.2.0";
    };
    settings.StreamOutputs.useDefaultOutputDevice = true;
  };
}
