# With programs.emacs enabled, services.emacs runs its wrapped Emacs
# (finalPackage), as in Home Manager.
{ ... }:
{
  programs.emacs = {
    enable = true;
    extraPackages = epkgs: [ epkgs.magit ];
  };
  services.emacs.enable = true;

  test.expected."home-files/.config/systemd/user/emacs.service" = ./emacs-service-package.service;
}
