# nixpkgs.config, nixpkgs.overlays, nixpkgs.system and nixpkgs.pkgs: the
# package set given to every module as `pkgs`. Unless a package set is
# passed in, it is `import <nixpkgs>` with this configuration (Hearth's
# share/hearth/nixpkgs when no channel provides one).
{
  config,
  lib,
  options,
  ...
}:

let
  inherit (lib) mkOption types;
  cfg = config.nixpkgs;

  overlayType = lib.mkOptionType {
    name = "nixpkgs-overlay";
    description = "nixpkgs overlay";
    check = lib.isFunction;
    merge = lib.mergeOneOption;
  };

  # Definitions of nixpkgs.config merge like the attribute sets they are,
  # later modules winning on conflicting leaves.
  configType = lib.mkOptionType {
    name = "nixpkgs-config";
    description = "nixpkgs config";
    check = x: builtins.isAttrs x || lib.isFunction x;
    merge =
      loc: defs:
      let
        values = map (def: if lib.isFunction def.value then def.value { } else def.value) defs;
      in
      lib.foldl' lib.recursiveUpdate { } values;
  };

  imported = import <nixpkgs> {
    inherit (cfg) config overlays system;
  };

  externalInstance = options.nixpkgs.pkgs.isDefined;
in
{
  options.nixpkgs = {
    pkgs = mkOption {
      type = types.pkgs or types.raw;
      description = ''
        A package set to use instead of importing <nixpkgs>;
        nixpkgs.config and nixpkgs.overlays then do not apply.
      '';
    };

    config = mkOption {
      type = configType;
      default = { };
      example = lib.literalExpression "{ allowUnfree = true; }";
      description = "The configuration the package set is imported with.";
    };

    overlays = mkOption {
      type = types.listOf overlayType;
      default = [ ];
      description = "Overlays applied to the package set, in order.";
    };

    system = mkOption {
      type = types.str;
      example = "x86_64-linux";
      description = "The platform the package set is imported for.";
    };
  };

  config = {
    _module.args.pkgs = if externalInstance then cfg.pkgs else imported;

    assertions = [
      {
        assertion = externalInstance -> cfg.config == { } && cfg.overlays == [ ];
        message = ''
          The system's package set comes from `nixpkgs.pkgs', so `nixpkgs.config'
          and `nixpkgs.overlays' would be ignored. Pass them when importing that
          package set instead.
        '';
      }
    ];
  };
}
