# programs.screen: GNU Screen and its ~/.screenrc, given as text (written
# to a file of its own) or as a Nix path.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.screen;
in
{
  options.programs.screen = {
    enable = lib.mkEnableOption "screen";

    package = lib.mkPackageOption pkgs "screen" { nullable = true; };

    screenrc = lib.mkOption {
      type = lib.types.nullOr (lib.types.either lib.types.path lib.types.lines);
      default = null;
      example = ''
        startup_message off
        defscrollback 10000
      '';
      description = "The {file}`~/.screenrc`: its text, or a Nix path to link; `null` writes none.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    # Only a Nix path is taken as a file; any string is the text.
    home.file.".screenrc" = lib.mkIf (cfg.screenrc != null) {
      source =
        if builtins.isPath cfg.screenrc then cfg.screenrc else pkgs.writeText "screenrc" cfg.screenrc;
    };
  };
}
