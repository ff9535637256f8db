# services.swaync: SwayNotificationCenter, a notification daemon and
# control centre for Wayland. Writes ~/.config/swaync/config.json (always,
# `{ }` when unset), ~/.config/swaync/style.css when a style is given, and
# a D-Bus user service that owns org.freedesktop.Notifications and is
# restarted when either file changes. On Debian the package is
# sway-notification-center.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.swaync;

  json = pkgs.formats.json { };

  files = config.xdg.configFile;
in
{
  options.services.swaync = {
    enable = lib.mkEnableOption "swaync, a notification daemon and control centre for Wayland";

    package = lib.mkPackageOption pkgs "swaynotificationcenter" { };

    style = mkOption {
      type = types.nullOr (types.either types.path types.lines);
      default = null;
      example = ''
        .notification {
          border-radius: 12px;
        }
      '';
      description = ''
        {file}`~/.config/swaync/style.css`: CSS text, or a path whose file is
        linked as is.
      '';
    };

    settings = mkOption {
      inherit (json) type;
      default = { };
      example = {
        positionX = "right";
        positionY = "top";
        layer = "overlay";
        notification-icon-size = 64;
      };
      description = ''
        {file}`~/.config/swaync/config.json`, as JSON; the keys are those of
        swaync's configSchema.json.
      '';
    };

    systemd.target = mkOption {
      type = types.str;
      default = config.wayland.systemd.target;
      defaultText = lib.literalExpression "config.wayland.systemd.target";
      example = "sway-session.target";
      description = "The user target that starts and stops the service.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.swaync" pkgs lib.platforms.linux) ];

    # at-spi2-core keeps swaync from logging a missing accessibility bus.
    home.packages = [
      cfg.package
      pkgs.at-spi2-core
    ];

    xdg.configFile = {
      "swaync/config.json".source = json.generate "config.json" cfg.settings;
      "swaync/style.css" = lib.mkIf (cfg.style != null) (
        if builtins.isPath cfg.style || lib.isStorePath cfg.style then
          { source = cfg.style; }
        else
          { text = cfg.style; }
      );
    };

    systemd.user.services.swaync = {
      Unit = {
        Description = "Swaync notification daemon";
        Documentation = "https://github.com/ErikReider/SwayNotificationCenter";
        PartOf = [ cfg.systemd.target ];
        After = [ cfg.systemd.target ];
        ConditionEnvironment = "WAYLAND_DISPLAY";
        # swaync reads both files only when it starts.
        X-Restart-Triggers = [
          "${files."swaync/config.json".source}"
        ]
        ++ lib.optional (cfg.style != null) "${files."swaync/style.css".source}";
      };

      Service = {
        Type = "dbus";
        BusName = "org.freedesktop.Notifications";
        ExecStart = "${cfg.package}/bin/swaync";
        Restart = "on-failure";
      };

      Install.WantedBy = [ cfg.systemd.target ];
    };
  };
}
