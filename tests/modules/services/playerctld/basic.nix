# Mirrors Home Manager's playerctld-basic test (same package path).
{ pkgs, ... }:
{
  services.playerctld = {
    enable = true;
    package = pkgs.playerctl // {
      outPath = "@playerctld@";
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/playerctld.service" = ./basic-expected.service;
    "home-files/.config/systemd/user/default.target.wants/playerctld.service" = ./basic-expected.service;
  };
}
