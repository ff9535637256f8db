# Stand-in for Home Manager's private package set: <pkgsPath> imported
# again with the user's nixpkgs.config and nixpkgs.overlays.
{
  config,
  lib,
  pkgsPath,
  ...
}:

{
  options.nixpkgs = {
    config = lib.mkOption {
      type = lib.types.nullOr lib.types.attrs;
      default = null;
    };
    overlays = lib.mkOption {
      type = lib.types.nullOr (lib.types.listOf lib.types.raw);
      default = null;
    };
  };

  config._module.args.pkgs = import pkgsPath {
    config = if config.nixpkgs.config == null then { } else config.nixpkgs.config;
    overlays = if config.nixpkgs.overlays == null then [ ] else config.nixpkgs.overlays;
  };
}
