# programs.screen: GNU Screen and its ~/.screenrc, given as text or as a
# file.
#
# UNVERIFIED: written when Home Manager's module and tests could not be read
# (the session's lookup budget was spent); options and output follow a
# recollection of them. The cases in tests/modules pin this file's own
# output until they are checked against Home Manager's tests.
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
    enable = lib.mkEnableOption "GNU Screen, a terminal multiplexer";

    package = lib.mkPackageOption pkgs "screen" { };

    screenrc = lib.mkOption {
      type = lib.types.nullOr (lib.types.either lib.types.path lib.types.lines);
      default = null;
      example = ''
        startup_message off
        defscrollback 10000
      '';
      description = "The {file}`~/.screenrc`: its text, or a file to link; `null` writes none.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    home.file.".screenrc" = lib.mkIf (cfg.screenrc != null) (
      if builtins.isPath cfg.screenrc || lib.isStorePath cfg.screenrc then
        { source = cfg.screenrc; }
      else
        { text = cfg.screenrc; }
    );
  };
}
