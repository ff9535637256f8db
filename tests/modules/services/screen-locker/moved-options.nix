# Home Manager's screen-locker-moved-options test: the old names
# still apply, each with a warning.
{
  config,
  lib,
  pkgs,
  ...
}:
{
  services.screen-locker = {
    enable = true;
    inactiveInterval = 5;
    lockCmd = "${pkgs.i3lock}/bin/i3lock -n -c AA0000";
    xssLockExtraOptions = [ "-test" ];
    xautolockExtraOptions = [ "-test" ];
    enableDetectSleep = true;
  };

  test.expected = {
    "home-files/.config/systemd/user/xss-lock.service" = ./moved-options-xss-lock.service;
    "home-files/.config/systemd/user/xautolock-session.service" =
      ./basic-configuration-xautolock-session.service;
    "home-files/warnings" = ./moved-options-warnings.txt;
  };

  # Paths of this checkout vary, so the warnings name the directory <dir>.
  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );
}
