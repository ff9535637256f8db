# Mirrors Home Manager's easyeffects-split-presets: with 8.0.9 an input and
# an output preset are chosen apart; no --load-preset, a loader run after
# start instead (its script is checked by hand: the harness cannot read a
# store path back). The version is set on the stub package.
{ pkgs, ... }:
{
  services.easyeffects = {
    enable = true;
    package = pkgs.easyeffects // {
      version = "8.0.9";
    };
    preset = {
      input = "home";
      output = "Discord Voice";
    };
  };

  test.expected."home-files/.config/systemd/user/easyeffects.service" = ./split-presets.service;
}
