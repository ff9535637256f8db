# Mirrors Home Manager's cliphist-sway-session-target test: both watchers
# start with sway's session target, named by the old option.
{
  config,
  lib,
  ...
}:
{
  services.cliphist = {
    enable = true;
    systemdTarget = "sway-session.target";
  };

  test.expected = {
    "home-files/.config/systemd/user/cliphist.service" = ./sway-session-target.service;
    "home-files/.config/systemd/user/sway-session.target.wants/cliphist.service" =
      ./sway-session-target.service;
    "home-files/.config/systemd/user/cliphist-images.service" = ./sway-session-target-images.service;
    "home-files/.config/systemd/user/sway-session.target.wants/cliphist-images.service" =
      ./sway-session-target-images.service;
    "home-files/warnings" = ./sway-session-target-warnings.txt;
  };

  # Paths of this checkout vary, so the warnings name the directory <dir>.
  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );
}
