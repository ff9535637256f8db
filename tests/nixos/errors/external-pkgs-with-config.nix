# nixpkgs.config alongside a package set given in nixpkgs.pkgs.
{
  nixpkgs.pkgs = import <nixpkgs> { };
  nixpkgs.config.allowUnfree = true;
}
