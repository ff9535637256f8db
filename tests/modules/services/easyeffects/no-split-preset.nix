# Not one of Home Manager's cases: presets chosen apart must choose one.
{ pkgs, ... }:
{
  services.easyeffects = {
    enable = true;
    package = pkgs.easyeffects // {
      version = "8.0.9";
    };
    preset = { };
  };
}
