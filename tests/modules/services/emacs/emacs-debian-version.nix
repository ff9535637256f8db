# A Debian version with an epoch (1:28.2+1-15) is Emacs 28: no socket
# workaround.
{ pkgs, ... }:
{
  services.emacs = {
    enable = true;
    package = pkgs.emacs // {
      version = "1:28.2+1-15+deb12u4";
    };
    extraOptions = [
      "-f"
      "exwm-enable"
    ];
    socketActivation.enable = true;
  };

  test.expected."home-files/.config/systemd/user/emacs.service" = ./emacs-socket-28-emacs.service;
}
