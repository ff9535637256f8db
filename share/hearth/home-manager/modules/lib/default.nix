# lib.hm: Home Manager's own library, added to nixpkgs' lib as `lib.hm` by
# stdlib-extended.nix. One theme per file; this file only assembles them.
{ lib }:

rec {
  dag = import ./dag.nix { inherit lib; };
  types = import ./types.nix { inherit lib dag; };
  strings = import ./strings.nix { inherit lib; };
  shell = import ./shell.nix { inherit lib; };
  zsh = import ./zsh.nix { inherit lib; };
  generators = import ./generators.nix { inherit lib; };
  gvariant = import ./gvariant.nix { inherit lib; };
  booleans = import ./booleans.nix { inherit lib; };
  assertions = import ./assertions.nix { inherit lib; };
  deprecations = import ./deprecations.nix { inherit lib; };
  maintainers = import ./maintainers.nix;
}
