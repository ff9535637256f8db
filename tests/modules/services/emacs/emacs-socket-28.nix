# Mirrors Home Manager's emacs-socket-28 test: the socket unit starts the
# daemon, which then serves that socket; nothing starts it with the
# session.
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
    socketActivation.enable = true;
  };

  test.expected = {
    "home-files/.config/systemd/user/emacs.socket" = ./emacs-socket-emacs.socket;
    "home-files/.config/systemd/user/sockets.target.wants/emacs.socket" = ./emacs-socket-emacs.socket;
    "home-files/.config/systemd/user/emacs.service.requires/emacs.socket" = ./emacs-socket-emacs.socket;
    "home-files/.config/systemd/user/emacs.service" = ./emacs-socket-28-emacs.service;
    "home-path/share/applications/emacsclient.desktop" = ./emacs-28-emacsclient.desktop;
  };
}
