# The modules every Hearth system configuration is evaluated with.
[
  ../../lib/modules/assertions.nix
  ../../lib/modules/meta.nix
  ./misc/nixpkgs.nix
  ./misc/unknown-option-note.nix
  ./config/environment.nix
  ./config/networking.nix
  ./config/users-groups.nix
  ./system/etc.nix
  ./system/systemd.nix
  ./system/top-level.nix
  ./system/user-activation.nix
  ./system/user-profile-units.nix
]
