# services.xsettingsd: the xsettingsd daemon (XSETTINGS for GTK and other
# X clients) as a systemd user service in the graphical session. Settings
# are written to a store file given with -c, one "<name> <value>" line
# each: strings quoted, booleans 1/0. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.xsettingsd;

  showValue =
    v:
    if builtins.isBool v then
      (if v then "1" else "0")
    else if builtins.isString v then
      ''"${v}"''
    else
      toString v;

  settingsText = lib.concatStrings (lib.mapAttrsToList (k: v: "${k} ${showValue v}\n") cfg.settings);
in
{
  options.services.xsettingsd = {
    enable = lib.mkEnableOption "xsettingsd";

    package = lib.mkPackageOption pkgs "xsettingsd" { };

    settings = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.bool
          types.int
          types.str
        ]
      );
      default = { };
      example = lib.literalExpression ''
        {
          "Net/ThemeName" = "Numix";
          "Xft/Antialias" = true;
          "Xft/Hinting" = true;
          "Xft/RGBA" = "rgb";
        }
      '';
      description = ''
        XSETTINGS to serve, by name; see
        <https://github.com/derat/xsettingsd/wiki/Settings>.
      '';
    };

    configFile = mkOption {
      type = types.nullOr types.package;
      internal = true;
      readOnly = true;
      default = if cfg.settings == { } then null else pkgs.writeText "xsettingsd.conf" settingsText;
      description = "The generated configuration file, or null without settings.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.xsettingsd" pkgs lib.platforms.linux) ];

    systemd.user.services.xsettingsd = {
      Unit = {
        Description = "xsettingsd";
        After = [ "graphical-session-pre.target" ];
        PartOf = [ "graphical-session.target" ];
      };

      Install.WantedBy = [ "graphical-session.target" ];

      Service = {
        Environment = "PATH=${config.home.profileDirectory}/bin";
        ExecStart =
          "${cfg.package}/bin/xsettingsd"
          + lib.optionalString (cfg.configFile != null) " -c ${lib.escapeShellArg cfg.configFile}";
        Restart = "on-abort";
      };
    };
  };
}
