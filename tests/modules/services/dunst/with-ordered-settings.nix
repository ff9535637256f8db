# Mirrors Home Manager's dunst with-ordered-settings test: sections placed
# after others with DAG entries, and a forced icon path.
{ lib, pkgs, ... }:
{
  services.dunst = {
    enable = true;
    package = pkgs.runCommand "dunst" { } "";
    settings = {
      global = {
        timeout = 30;
        font = "Droid Sans 9";
        icon_path = lib.mkForce "/run/current-system/sw/share/icons/hicolor/32x32/status:/run/current-system/sw/share/icons/hicolor/32x32/devices";
      };
      bgtvolctl = lib.hm.dag.entryAfter [ "global" ] {
        appname = "bgtvolctl";
        timeout = 1;
      };
      urgency_critical = lib.hm.dag.entryAfter [ "bgtvolctl" ] { background = "#c33"; };
    };
  };

  test.expected."home-files/.config/dunst/dunstrc" = ./with-ordered-settings-expected.ini;
}
