# xdg.systemDirs: directories put in front of the host's XDG_CONFIG_DIRS and
# XDG_DATA_DIRS, both for login shells (hm-session-vars.sh) and for the
# systemd user session (environment.d). The host's own value, when it has
# one, is kept after ours.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;

  cfg = config.xdg.systemDirs;

  # "a:b" followed by ":$VAR" only when VAR is set and non-empty.
  prepended = var: dirs: "${lib.concatStringsSep ":" dirs}\${${var}:+:\$${var}}";

  exportFor =
    var: dirs:
    lib.mkIf (dirs != [ ]) {
      home.sessionVariables.${var} = prepended var dirs;
      systemd.user.sessionVariables.${var} = prepended var dirs;
    };
in
{
  options.xdg.systemDirs = {
    config = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = lib.literalExpression ''[ "/etc/xdg" ]'';
      description = ''
        Extra configuration directories, searched before the ones
        {env}`XDG_CONFIG_DIRS` already names.
      '';
    };

    data = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = lib.literalExpression ''[ "/usr/share" "/usr/local/share" ]'';
      description = ''
        Extra data directories (desktop files, icons, MIME data), searched
        before the ones {env}`XDG_DATA_DIRS` already names.
      '';
    };
  };

  config = lib.mkMerge [
    (exportFor "XDG_CONFIG_DIRS" cfg.config)
    (exportFor "XDG_DATA_DIRS" cfg.data)
  ];
}
