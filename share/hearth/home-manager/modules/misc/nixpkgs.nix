# Home Manager's own Nixpkgs instance: `pkgs` is Nixpkgs imported from
# `pkgsPath` with nixpkgs.config, nixpkgs.overlays and nixpkgs.system.
# It is set at normal priority, above the caller's `pkgs` (mkDefault in
# modules.nix); a configuration may still force its own.
{
  config,
  lib,
  pkgs,
  pkgsPath,
  ...
}:

let
  inherit (lib) mkOption types;
  cfg = config.nixpkgs;

  # Nixpkgs config values may be attribute sets or functions of `pkgs`;
  # definitions merge recursively, as in NixOS.
  configType = lib.mkOptionType {
    name = "nixpkgs-config";
    description = "nixpkgs config";
    check = x: builtins.isAttrs x || builtins.isFunction x;
    merge =
      _loc: defs:
      let
        valueOf = v: if builtins.isFunction v then v { inherit pkgs; } else v;
      in
      builtins.foldl' (acc: def: lib.recursiveUpdate acc (valueOf def.value)) { } defs;
  };

  overlayType = lib.mkOptionType {
    name = "nixpkgs-overlay";
    description = "nixpkgs overlay";
    check = builtins.isFunction;
    merge = lib.mergeOneOption;
  };

  importArgs = lib.filterAttrs (_: v: v != null) {
    inherit (cfg) config overlays system;
  };
in
{
  options.nixpkgs = {
    config = mkOption {
      type = types.nullOr configType;
      default = null;
      example = {
        allowUnfree = true;
      };
      description = ''
        Nixpkgs configuration (the `config` argument of its import).
        Left `null`, Nixpkgs reads {file}`~/.config/nixpkgs/config.nix`
        itself.
      '';
    };

    overlays = mkOption {
      type = types.nullOr (types.listOf overlayType);
      default = null;
      example = lib.literalExpression ''
        [ (final: prev: { jq = prev.jq.overrideAttrs { doCheck = false; }; }) ]
      '';
      description = ''
        Overlays applied to the package set, in order. Left `null`,
        Nixpkgs looks in {file}`~/.config/nixpkgs/overlays` itself.
      '';
    };

    system = mkOption {
      type = types.str;
      example = "i686-linux";
      internal = true;
      description = "Platform the package set is imported for.";
    };
  };

  config._module.args = {
    pkgs = import pkgsPath importArgs;
    pkgs_i686 =
      if pkgs.stdenv.hostPlatform.isLinux && pkgs.stdenv.hostPlatform.isx86 then
        import pkgsPath (importArgs // { system = "i686-linux"; })
      else
        { };
  };
}
