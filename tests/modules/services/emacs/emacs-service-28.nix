# Mirrors Home Manager's emacs-service-28 test (Linux): the daemon started
# with the session through a login shell, and the client's desktop entry.
{ pkgs, ... }:
{
  services.emacs = {
    enable = true;
    package = pkgs.emacs // {
      version = "28.0.5";
    };
    client.enable = true;
    extraOptions = [
      "-f"
      "exwm-enable"
    ];
  };

  test.expected = {
    "home-files/.config/systemd/user/emacs.service" = ./emacs-service-emacs.service;
    "home-files/.config/systemd/user/default.target.wants/emacs.service" = ./emacs-service-emacs.service;
    "home-path/share/applications/emacsclient.desktop" = ./emacs-28-emacsclient.desktop;
  };
}
