# The old launcher option still works, as CM_LAUNCHER, with a warning
# naming the new option.
{ config, lib, ... }:
{
  services.clipmenu = {
    enable = true;
    launcher = "rofi";
  };

  # Paths of this checkout vary, so the warnings name the directory <dir>.
  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-files/.config/systemd/user/clipmenu.service" = ./launcher.service;
    "home-files/warnings" = ./launcher-warnings.txt;
  };
}
