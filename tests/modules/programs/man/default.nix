{
  man-no-manpath = ./no-manpath.nix;
  man-apropos = ./apropos.nix;
  man-extra-config = ./extra-config.nix;
  man-assertion = ./assertion.nix;
  man-no-caches-without-package = ./no-caches-without-package.nix;
  man-disabled-man-db = ./disabled-man-db.nix;
  man-mandoc = ./mandoc.nix;
  man-fish-default-caches = ./fish-default-caches.nix;
}
