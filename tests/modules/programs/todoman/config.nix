# Mirrors Home Manager's todoman config test. Adapted: the stubs have no
# todoman, so the package is a stand-in derivation.
{ pkgs, ... }:
{
  programs.todoman = {
    enable = true;
    package = pkgs.runCommand "todoman" { } "";
    glob = "*/*";
    extraConfig = ''
      date_format = "%d.%m.%Y"
      default_list = "test"
    '';
  };

  accounts.calendar.basePath = "base/path/calendar";

  test.expected."home-files/.config/todoman/config.py" = ./todoman-config-expected;
}
