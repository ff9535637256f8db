# Before 26.05 (here 25.11): extraConfig keys name the directory (CUSTOM
# is XDG_CUSTOM_DIR), the old full names still work, user-dirs.conf stops
# xdg-user-dirs-update, and the directories are session variables too,
# with a warning since setSessionVariables is left at its legacy default.
{ config, ... }:
{
  home.stateVersion = "25.11";

  xdg.userDirs = {
    enable = true;
    extraConfig.CUSTOM = "${config.home.homeDirectory}/Custom";
    extraConfig.XDG_MISC_DIR = "${config.home.homeDirectory}/Misc";
  };

  test.expected = {
    "home-files/.config/user-dirs.dirs" = ./user-dirs-legacy-expected.dirs;
    "home-files/.config/user-dirs.conf" = ./user-dirs-expected.conf;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./user-dirs-legacy-expected-vars.sh;
    warnings = ./user-dirs-legacy-expected-warnings.txt;
  };
}
