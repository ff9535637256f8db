# services.polybar: the Polybar status bar, started by a user script under
# a forking systemd unit bound to the tray, and ~/.config/polybar/config.ini
# from `config` (sections as they are), `settings` (nested keys and lists
# flattened the way Polybar spells them) and `extraConfig`. Without any of
# the three no config.ini is written, leaving a hand-made one alone.
{
  config,
  options,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.polybar;
  opt = options.services.polybar;

  scalarOrStrings = types.oneOf [
    types.str
    types.bool
    types.int
    (types.listOf types.str)
  ];

  # One `settings` entry as Polybar keys: a list becomes key-0, key-1...,
  # an attribute set key-<name> (its `text` is the key itself); anything
  # else stays one pair.
  flatten =
    key: value:
    if builtins.isList value then
      lib.concatLists (lib.imap0 (i: flatten "${key}-${toString i}") value)
    else if builtins.isAttrs value && !lib.isDerivation value then
      lib.concatLists (lib.mapAttrsToList (k: flatten (if k == "text" then key else "${key}-${k}")) value)
    else
      [ (lib.nameValuePair key value) ];

  flattenSection = _: section: lib.listToAttrs (lib.concatLists (lib.mapAttrsToList flatten section));

  # Polybar trims values, so ones with outer blanks keep them in quotes;
  # include-file names a path and is never quoted.
  renderValue =
    key: value:
    if builtins.isBool value then
      lib.boolToString value
    else if builtins.isString value && key != "include-file" then
      (if lib.hasPrefix " " value || lib.hasSuffix " " value then ''"${value}"'' else value)
    else
      toString value;

  toIni = lib.generators.toINI { mkKeyValue = key: value: "${key}=${renderValue key value}"; };

  hasConfig =
    cfg.config != opt.config.default
    || cfg.settings != opt.settings.default
    || cfg.extraConfig != opt.extraConfig.default;

  configFile = pkgs.writeText "polybar.conf" ''
    ${toIni cfg.config}
    ${toIni (lib.mapAttrs flattenSection cfg.settings)}
    ${cfg.extraConfig}
  '';

  startScript = pkgs.writeShellScriptBin "polybar-start" cfg.script;

  settingValue = types.oneOf [
    types.bool
    types.int
    types.float
    types.str
    (types.listOf settingValue)
    (types.attrsOf settingValue)
  ];
in
{
  options.services.polybar = {
    enable = lib.mkEnableOption "the Polybar status bar";

    package = lib.mkPackageOption pkgs "polybar" {
      example = "polybar.override { i3Support = true; pulseSupport = true; }";
    };

    config = mkOption {
      type = types.coercedTo types.path (file: {
        "section/base".include-file = "${file}";
      }) (types.attrsOf (types.attrsOf scalarOrStrings));
      default = { };
      example = lib.literalExpression ''
        {
          "bar/top" = {
            modules-center = "date";
            height = "3%";
          };
          "module/date" = {
            type = "internal/date";
            date = "%d.%m.%y";
          };
        }
      '';
      description = ''
        Sections of config.ini written as they are, or a file that a
        `section/base` section includes.
      '';
    };

    settings = mkOption {
      type = types.attrsOf (types.attrsOf settingValue // { description = "attribute sets"; });
      default = { };
      example = lib.literalExpression ''
        {
          "module/volume" = {
            type = "internal/pulseaudio";
            format.volume = "<ramp-volume> <label-volume>";
            label.muted.text = "muted";
            label.muted.foreground = "#666";
            ramp.volume = [ "low" "mid" "high" ];
          };
        }
      '';
      description = ''
        Sections of config.ini, written after those of
        {option}`services.polybar.config`. Nested attribute sets join their
        names with dashes (a `text` attribute names the outer key itself)
        and lists become numbered keys: `ramp.volume = [ a b ]` gives
        `ramp-volume-0=a` and `ramp-volume-1=b`.
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        [module/clock]
        type = internal/date
        time = %H:%M
      '';
      description = "Text appended to config.ini.";
    };

    script = mkOption {
      type = types.lines;
      example = "polybar top &";
      description = ''
        Shell script the service runs to start the bars, with
        {command}`polybar` on its `PATH`. It must start every bar in the
        background and exit.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.polybar" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    xdg.configFile."polybar/config.ini" = lib.mkIf hasConfig { source = configFile; };

    # The bar is bound to tray.target (services/tray.nix), which must
    # exist for it to start at all.
    services.tray.appletsEnabled = true;

    systemd.user.services.polybar = {
      Unit = {
        Description = "Polybar status bar";
        PartOf = [ "tray.target" ];
        X-Restart-Triggers = lib.mkIf hasConfig [ "${configFile}" ];
      };
      Service = {
        Type = "forking";
        Environment = [ "PATH=${cfg.package}/bin:/run/wrappers/bin" ];
        ExecStart = "${startScript}/bin/polybar-start";
        Restart = "on-failure";
      };
      Install.WantedBy = [ "tray.target" ];
    };
  };
}
