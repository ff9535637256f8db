# Mirrors Home Manager's emacs-service-28-after-graphical-session-target
# test: started and stopped with the graphical session.
{ pkgs, ... }:
{
  services.emacs = {
    enable = true;
    package = pkgs.emacs // {
      version = "28.0.5";
    };
    extraOptions = [
      "-f"
      "exwm-enable"
    ];
    startWithUserSession = "graphical";
  };

  test.expected."home-files/.config/systemd/user/emacs.service" =
    ./emacs-service-emacs-after-graphical-session-target.service;
}
