# Used instead of nixpkgs.nix when the caller's `pkgs` is authoritative
# (NixOS' `home-manager.useGlobalPkgs`). The nixpkgs.* options remain so
# that shared modules evaluate, but setting them is reported.
{
  config,
  lib,
  options,
  ...
}:

let
  cfg = config.nixpkgs;
  defined = name: cfg.${name} != null;
  where = name: lib.concatMapStringsSep "\n" (f: "- ${f}") options.nixpkgs.${name}.files;
in
{
  options.nixpkgs = {
    config = lib.mkOption {
      type = lib.types.nullOr lib.types.unspecified;
      default = null;
      visible = false;
      description = "Unused: the system's Nixpkgs configuration applies.";
    };
    overlays = lib.mkOption {
      type = lib.types.nullOr (lib.types.listOf lib.types.unspecified);
      default = null;
      visible = false;
      description = "Unused: the system's overlays apply.";
    };
  };

  config = {
    assertions = [
      {
        assertion = !(defined "config" && defined "overlays");
        message = ''
          `nixpkgs` options are disabled when `home-manager.useGlobalPkgs` is enabled.
          They are defined in:
          ${where "config"}
          ${where "overlays"}'';
      }
    ];

    warnings =
      lib.optional (defined "config" != defined "overlays")
        ''
          You have set either `nixpkgs.config` or `nixpkgs.overlays` while using `home-manager.useGlobalPkgs`.
          This will soon not be possible. Please remove all `nixpkgs` options when using `home-manager.useGlobalPkgs`.
          They are defined in:
          ${where (if defined "config" then "config" else "overlays")}'';
  };
}
