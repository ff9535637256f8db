# Mirrors Home Manager's easyeffects-split-presets-old-version: presets
# chosen apart need EasyEffects 8.0.9.
{ pkgs, ... }:
{
  services.easyeffects = {
    enable = true;
    package = pkgs.easyeffects // {
      version = "8.0.8";
    };
    preset.input = "home";
  };
}
