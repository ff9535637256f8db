# Another package, timeout, threshold and extra options.
{ pkgs, ... }:
{
  services.unclutter = {
    enable = true;
    package = pkgs.unclutter-xfixes // {
      outPath = "@unclutter@";
    };
    timeout = 5;
    threshold = 10;
    extraOptions = [
      "exclude-root"
      "ignore-scrolling"
    ];
  };

  test.expected."home-files/.config/systemd/user/unclutter.service" = ./options-expected.service;
}
