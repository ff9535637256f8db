# Mirrors Home Manager's emacs-socket-27 test: before Emacs 28 the socket
# directory is kept read-only while the daemon runs, and a manual start is
# refused; the desktop entry names the old window class.
{ pkgs, ... }:
{
  services.emacs = {
    enable = true;
    package = pkgs.emacs // {
      version = "27.2";
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
    "home-files/.config/systemd/user/emacs.service" = ./emacs-socket-27-emacs.service;
    "home-path/share/applications/emacsclient.desktop" = ./emacs-27-emacsclient.desktop;
  };
}
