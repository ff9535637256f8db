# Not one of Home Manager's cases: EasyEffects 8 runs as a hidden service
# window, loading a preset by name, quoted for the command line.
{ pkgs, ... }:
{
  services.easyeffects = {
    enable = true;
    package = pkgs.easyeffects // {
      version = "8.0.0";
    };
    preset = "noise removal";
  };

  test.expected."home-files/.config/systemd/user/easyeffects.service" = ./named-preset.service;
}
