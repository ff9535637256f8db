# services.taffybar: the Taffybar desktop bar as a user service started
# with the tray (tray.target). Taffybar is a D-Bus service, so systemd
# counts it started once it owns its bus name; a crashing bar is restarted,
# but only a few times in a row. The X session passes GDK_PIXBUF_MODULE_FILE
# to systemd so the bar can load its icons.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.taffybar;
in
{
  meta.maintainers = [ ];

  options.services.taffybar = {
    enable = lib.mkEnableOption "Taffybar";

    package = lib.mkOption {
      type = lib.types.package;
      default = pkgs.taffybar;
      defaultText = lib.literalExpression "pkgs.taffybar";
      example = lib.literalExpression "pkgs.taffybar";
      description = "The Taffybar package whose binary the service runs.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.taffybar" pkgs lib.platforms.linux)
    ];

    systemd.user.services.taffybar = {
      Unit = {
        Description = "Taffybar desktop bar";
        PartOf = [ "tray.target" ];
        StartLimitBurst = 5;
        StartLimitIntervalSec = 10;
      };

      Service = {
        Type = "dbus";
        BusName = "org.taffybar.Bar";
        ExecStart = "${cfg.package}/bin/taffybar";
        Restart = "on-failure";
        RestartSec = "2s";
      };

      Install.WantedBy = [ "tray.target" ];
    };

    xsession.importedVariables = [ "GDK_PIXBUF_MODULE_FILE" ];
  };
}
