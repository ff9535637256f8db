{
  emacs-service-28 = ./emacs-service-28.nix;
  emacs-service-28-after-graphical-session-target = ./emacs-service-28-after-graphical-session-target.nix;
  emacs-socket-27 = ./emacs-socket-27.nix;
  emacs-socket-28 = ./emacs-socket-28.nix;
  emacs-socket-and-startWithUserSession = ./emacs-socket-and-startWithUserSession.nix;
  emacs-default-editor = ./emacs-default-editor.nix;
  emacs-debian-version = ./emacs-debian-version.nix;
}
