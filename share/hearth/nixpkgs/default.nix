# Hearth's package set: `import <nixpkgs> { config, overlays, system, ... }`.
# A nixpkgs-compatible entry point over Hearth's lib; the set itself is
# assembled in pkgs/top-level. Packages come from the host (pkgs/host) until
# the Debian layer (./debian) provides real ones.
import ./pkgs/top-level/impure.nix
