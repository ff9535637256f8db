{
  firefox-profile-settings = ./profile-settings.nix;
  firefox-profiles-overwrite = ./profiles-overwrite.nix;
  firefox-profiles-bookmarks = ./profiles-bookmarks.nix;
  firefox-profiles-containers = ./profiles-containers.nix;
  firefox-profiles-container-id-zero = ./profiles-container-id-zero.nix;
  firefox-profiles-duplicate-ids = ./profiles-duplicate-ids.nix;
  firefox-profiles-userchrome = ./profiles-userchrome.nix;
  firefox-profiles-search = ./profiles-search.nix;
  firefox-profiles-extensions = ./profiles-extensions.nix;
  firefox-null-package = ./null-package.nix;
  firefox-config-path-warning = ./config-path-warning.nix;
  firefox-config-path-xdg-default = ./config-path-xdg-default.nix;
  firefox-config-path-explicit-legacy = ./config-path-explicit-legacy.nix;
  firefox-state-version-19_09 = ./state-version-19_09.nix;
}
