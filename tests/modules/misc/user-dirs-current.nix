# From 26.05 the directories are not session variables and nothing warns;
# an explicit setSessionVariables brings them back, and createDirectories
# makes each missing directory (a symbolic link is left alone) after the
# files are linked.
{
  home.stateVersion = "26.05";

  xdg.userDirs = {
    enable = true;
    music = null;
    videos = "/media/videos";
    extraConfig.SCREENSHOTS = "/home/hm-user/Pictures/Screenshots";
    createDirectories = true;
  };

  test.expected = {
    "home-files/.config/user-dirs.dirs" = ./user-dirs-current-expected.dirs;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./user-dirs-current-expected-vars.sh;
    "activation/createXdgUserDirectories" = ./user-dirs-current-expected-activation.sh;
    activation-order = ./user-dirs-current-expected-order.txt;
    warnings = ./user-dirs-current-expected-warnings.txt;
  };
}
