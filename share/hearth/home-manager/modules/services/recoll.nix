# services.recoll: the Recoll desktop search indexer. Writes recoll.conf
# into the configuration directory (exported as RECOLL_CONFDIR), installs
# the package, and runs `recollindex` from a systemd user timer. Linux only.
#
# recoll.conf: plain keys first, then one [section] per attribute set (so a
# section never swallows a later top-level key), each group sorted by name
# and every entry followed by a blank line between them. Booleans are 1/0,
# lists are joined by spaces.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.recoll;

  valueType =
    types.nullOr (
      types.oneOf [
        types.bool
        types.float
        types.int
        types.path
        types.str
        (types.attrsOf valueType)
        (types.listOf valueType)
      ]
    )
    // {
      description = "Recoll config value";
    };

  valueString =
    v:
    if v == true then
      "1"
    else if v == false then
      "0"
    else if builtins.isList v then
      lib.concatStringsSep " " v
    else
      lib.generators.mkValueStringDefault { } v;

  keyLines =
    attrs:
    lib.concatStrings (
      lib.mapAttrsToList (k: v: "${lib.escape [ " = " ] k} = ${valueString v}\n") attrs
    );

  sectionText = name: body: "[${lib.escape [ "[" "]" ] name}]\n" + keyLines body;

  plain = lib.filterAttrs (_: v: !builtins.isAttrs v) cfg.settings;
  sections = lib.filterAttrs (_: builtins.isAttrs) cfg.settings;

  recollConf = lib.concatStringsSep "\n" (
    lib.mapAttrsToList (k: v: keyLines { ${k} = v; }) plain ++ lib.mapAttrsToList sectionText sections
  );
in
{
  options.services.recoll = {
    enable = lib.mkEnableOption "Recoll file index service";

    package = mkOption {
      type = types.package;
      default = pkgs.recoll;
      defaultText = lib.literalExpression "pkgs.recoll";
      example = lib.literalExpression "(pkgs.recoll.override { withGui = false; })";
      description = "The Recoll package (its recollindex is what the timer runs).";
    };

    startAt = mkOption {
      type = types.str;
      default = "hourly";
      example = "00/2:00";
      description = "When the index is updated, as systemd's OnCalendar= reads it (systemd.time(7)).";
    };

    settings = mkOption {
      type = types.attrsOf valueType;
      default = { };
      example = lib.literalExpression ''
        {
          topdirs = [ "~/Documents" "~/projects" ];
          "~/projects"."skippedNames+" = [ "node_modules" "result" ];
        }
      '';
      description = "recoll.conf's content: keys, and attribute sets for per-directory sections (recoll.conf(5)).";
    };

    configDir = mkOption {
      type = types.str;
      default = "${config.home.homeDirectory}/.recoll";
      defaultText = lib.literalExpression "\${config.home.homeDirectory}/.recoll";
      example = lib.literalExpression "\${config.xdg.configHome}/recoll";
      description = "The directory holding Recoll's configuration; exported as RECOLL_CONFDIR.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.recoll" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    home.sessionVariables.RECOLL_CONFDIR = cfg.configDir;

    home.file."${cfg.configDir}/recoll.conf".source =
      pkgs.writeText "recoll-conf-${config.home.username}" recollConf;

    systemd.user.services.recollindex = {
      Unit = {
        Description = "Recoll index update";
        Documentation = [
          "man:recoll"
          "man:recollindex"
          "https://www.lesbonscomptes.com/recoll/usermanual/"
        ];
      };
      Service = {
        ExecStart = "${cfg.package}/bin/recollindex";
        Environment = [ "RECOLL_CONFDIR=${lib.escapeShellArg cfg.configDir}" ];
      };
    };

    systemd.user.timers.recollindex = {
      Unit = {
        Description = "Recoll index update";
        PartOf = [ "default.target" ];
      };
      Timer = {
        Persistent = true;
        OnCalendar = cfg.startAt;
      };
      Install.WantedBy = [ "timers.target" ];
    };
  };
}
