# programs.home-manager: install the `home-manager` command itself.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.home-manager;
in
{
  meta.maintainers = [ lib.maintainers.rycee ];

  options.programs.home-manager = {
    enable = lib.mkEnableOption "the {command}`home-manager` command, so Home Manager can manage itself";

    path = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = null;
      example = "$HOME/src/home-manager";
      description = ''
        Home Manager source tree that the command uses. If `null`, it
        looks in turn for a `home-manager` channel,
        {file}`$HOME/.config/nixpkgs/home-manager` and
        {file}`$HOME/.nixpkgs/home-manager`.
      '';
    };

    package = lib.mkOption {
      type = lib.types.package;
      default = pkgs.callPackage ../../home-manager { inherit (cfg) path; };
      defaultText = lib.literalExpression "pkgs.home-manager";
      description = "Package that supplies {command}`home-manager`.";
    };
  };

  # Under NixOS the system provides the activation; no command is needed.
  config = lib.mkIf (cfg.enable && !config.submoduleSupport.enable) {
    home.packages = [ cfg.package ];
  };
}
