# The `nix` options activation depends on: whether Nix is used at all,
# which Nix to run, and whether profiles live under XDG directories.
# FIXME: writing ~/.config/nix/nix.conf from nix.settings is not done yet.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;
in
{
  options.nix = {
    enable = mkOption {
      type = types.bool;
      default = true;
      visible = false;
      description = "Whether Home Manager may use Nix (profile management, nix-build).";
    };

    package = mkOption {
      type = types.nullOr types.package;
      default = null;
      example = lib.literalExpression "pkgs.nix";
      description = ''
        The Nix package whose binaries activation uses. If `null`, the Nix
        found on the caller's {env}`PATH` is used.
      '';
    };

    settings = mkOption {
      type = types.attrsOf types.anything;
      default = { };
      example = {
        use-xdg-base-directories = true;
      };
      description = "Settings for the user's {file}`nix.conf`. Hearth does not write that file yet; activation only reads `use-xdg-base-directories` from here.";
    };

    extraOptions = mkOption {
      type = types.lines;
      default = "";
      description = "Raw lines for the end of the user's {file}`nix.conf` (not written by Hearth yet).";
    };

    useXdg = mkOption {
      type = types.bool;
      internal = true;
      readOnly = true;
      default = config.nix.enable && (config.nix.settings.use-xdg-base-directories or false);
      description = "Whether Nix keeps the user's profile under {env}`XDG_STATE_HOME`.";
    };
  };
}
