# services.xscreensaver: XScreenSaver as a systemd user service in the
# graphical session, its settings written as xscreensaver.* X resources
# (so ~/.Xresources). The unit carries a hash of the settings, so a change
# restarts the daemon. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.xscreensaver;
in
{
  options.services.xscreensaver = {
    enable = lib.mkEnableOption "XScreenSaver";

    package = lib.mkPackageOption pkgs "xscreensaver" { };

    settings = lib.mkOption {
      type = lib.types.attrsOf (
        lib.types.oneOf [
          lib.types.bool
          lib.types.int
          lib.types.str
        ]
      );
      default = { };
      example = {
        mode = "blank";
        lock = false;
        fadeTicks = 20;
      };
      description = "XScreenSaver resources, by name without the `xscreensaver.` prefix.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.xscreensaver" pkgs lib.platforms.linux)
    ];

    # Also brings xscreensaver-command.
    home.packages = [ cfg.package ];

    xresources.properties = lib.mapAttrs' (
      name: value: lib.nameValuePair "xscreensaver.${name}" value
    ) cfg.settings;

    systemd.user.services.xscreensaver = {
      Unit = {
        Description = "XScreenSaver";
        After = [ "graphical-session-pre.target" ];
        PartOf = [ "graphical-session.target" ];
        X-Restart-Triggers = [ (builtins.hashString "md5" (builtins.toJSON cfg.settings)) ];
      };

      Service.ExecStart = "${cfg.package}/bin/xscreensaver -no-splash";

      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
