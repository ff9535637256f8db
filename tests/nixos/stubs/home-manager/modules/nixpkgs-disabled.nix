# Stand-in for Home Manager's nixpkgs-disabled module: with
# home-manager.useGlobalPkgs a user's configuration uses the system's
# `pkgs`. Its nixpkgs.config and nixpkgs.overlays options stay
# declared (hidden) so that old configurations still evaluate: setting
# one of them warns, setting both fails. `pkgs` itself is the system's, as
# modules.nix passes it on with mkDefault.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  cfg = config.nixpkgs;

  configType = lib.mkOptionType {
    name = "nixpkgs-config";
    description = "nixpkgs config";
    check = x: builtins.isAttrs x || lib.isFunction x;
    merge =
      loc: defs:
      lib.foldl' lib.recursiveUpdate { } (
        map (def: if lib.isFunction def.value then def.value { inherit pkgs; } else def.value) defs
      );
  };

  overlayType = lib.mkOptionType {
    name = "nixpkgs-overlay";
    description = "nixpkgs overlay";
    check = lib.isFunction;
    merge = lib.mergeOneOption;
  };

  definedIn =
    let
      files = lib.unique (
        lib.optionals (cfg.config != null) options.nixpkgs.config.files
        ++ lib.optionals (cfg.overlays != null) options.nixpkgs.overlays.files
      );
    in
    lib.concatMapStrings (f: "- ${f}\n") files;
in
{
  options.nixpkgs = {
    config = lib.mkOption {
      type = lib.types.nullOr configType;
      default = null;
      visible = false;
      description = "Disabled: the system's package set is used.";
    };
    overlays = lib.mkOption {
      type = lib.types.nullOr (lib.types.listOf overlayType);
      default = null;
      visible = false;
      description = "Disabled: the system's package set is used.";
    };
  };

  config = {
    assertions = [
      {
        assertion = cfg.config == null || cfg.overlays == null;
        message = ''
          `nixpkgs` options are disabled when `home-manager.useGlobalPkgs` is enabled.
          They are set in:
          ${definedIn}'';
      }
    ];

    warnings = lib.optional (cfg.config != null || cfg.overlays != null) ''
      You have set either `nixpkgs.config` or `nixpkgs.overlays` while using `home-manager.useGlobalPkgs`.
      This will soon not be possible. Please remove all `nixpkgs` options when using `home-manager.useGlobalPkgs`.
      They are set in:
      ${definedIn}'';
  };
}
