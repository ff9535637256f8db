# programs.taskwarrior: ~/.config/task/home-manager-taskrc (data location,
# colour theme, settings, extra lines), and an activation step that makes
# the user's own, still writable taskrc include it: taskwarrior writes to
# taskrc itself (`task config`), so taskrc cannot be a store link.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.taskwarrior;

  homeConf = "${config.xdg.configHome}/task/home-manager-taskrc";
  userConf = "${config.xdg.configHome}/task/taskrc";

  valueString =
    v:
    if builtins.isBool v then
      lib.boolToString v
    else if builtins.isList v then
      lib.concatMapStringsSep "," valueString v
    else
      toString v;

  # Nested attributes become dotted keys: { a.b = 1; } is `a.b=1`.
  settingLines =
    prefix: attrs:
    lib.concatLists (
      lib.mapAttrsToList (
        k: v:
        if builtins.isAttrs v then settingLines "${prefix}${k}." v else [ "${prefix}${k}=${valueString v}" ]
      ) attrs
    );

  themeLine =
    lib.optionalString (cfg.colorTheme != null)
      "include ${if builtins.isString cfg.colorTheme then "${cfg.colorTheme}.theme" else cfg.colorTheme}";

  includeLine = "include ${homeConf}";
in
{
  options.programs.taskwarrior = {
    enable = lib.mkEnableOption "Taskwarrior, a command-line task list";

    package = lib.mkPackageOption pkgs "taskwarrior" {
      nullable = true;
      example = "pkgs.taskwarrior3";
    };

    config = mkOption {
      type = types.attrsOf types.anything;
      default = { };
      example = {
        confirmation = false;
        report.minimal.filter = "status:pending";
      };
      description = ''
        Settings, nested attributes naming dotted keys; lists are written
        comma-separated, booleans as true/false.
      '';
    };

    dataLocation = mkOption {
      type = types.str;
      default = "${config.xdg.dataHome}/task";
      defaultText = lib.literalExpression ''"''${config.xdg.dataHome}/task"'';
      description = "Directory of taskwarrior's data (`data.location`).";
    };

    colorTheme = mkOption {
      type = types.nullOr (types.either types.str types.path);
      default = null;
      example = "dark-blue-256";
      description = ''
        Colour theme to include: the name of one shipped with taskwarrior,
        or a theme file.
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines written verbatim at the end of the generated taskrc.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    home.file.${homeConf}.text = ''
      data.location=${cfg.dataLocation}
      ${themeLine}

      ${lib.concatStringsSep "\n" (settingLines "" cfg.config)}

      ${cfg.extraConfig}
    '';

    # Creates taskrc holding just the include, or puts the include first
    # in an existing one that lacks it.
    home.activation.regenDotTaskRc = lib.hm.dag.entryAfter [ "writeBoundary" ] ''
      verboseEcho "Making sure taskrc includes the generated settings"
      if [[ ! -s ${lib.escapeShellArg userConf} ]]; then
        run mkdir -p ${lib.escapeShellArg (dirOf userConf)}
        if [[ -v DRY_RUN ]]; then
          run echo ${lib.escapeShellArg includeLine} ">" ${lib.escapeShellArg userConf}
        else
          echo ${lib.escapeShellArg includeLine} > ${lib.escapeShellArg userConf}
        fi
      elif ! grep -qxF ${lib.escapeShellArg includeLine} ${lib.escapeShellArg userConf}; then
        run sed -i ${lib.escapeShellArg "1i ${includeLine}"} ${lib.escapeShellArg userConf}
      fi
    '';
  };
}
