# Mirrors Home Manager's emacs-socket-and-startWithUserSession test: both
# socket activation and a start with the session.
{ pkgs, ... }:
{
  services.emacs = {
    enable = true;
    package = pkgs.emacs // {
      version = "28.0.5";
    };
    socketActivation.enable = true;
    startWithUserSession = true;
  };

  test.expected."home-files/.config/systemd/user/default.target.wants/emacs.service" =
    ./emacs-socket-and-startWithUserSession-expected.service;
}
