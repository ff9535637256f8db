# services.tray: the user targets tray applets order themselves after.
# tray.target (started with the X session, see xsession.nix) wants
# tray-sni.target, for StatusNotifierItem icons, and tray-xembed.target,
# for XEmbed ones; tray-watcher.service waits until a StatusNotifierWatcher
# owns its D-Bus name, so SNI applets that start after it find one.
# config.lib.tray tells applet modules which units to name. Unlike Home
# Manager, which writes these units for everyone, they appear only when an
# applet module asks for them (services.tray.appletsEnabled), so other
# generations keep the units they had.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.tray;

  watcherService = "tray-watcher.service";
  hasWatcher = cfg.waitForWatcher != "none" && cfg.watcherBusName != null;
  watcherDeps = lib.optional hasWatcher watcherService;

  # Polls rather than subscribing: busctl has no "wait for name" and the
  # watcher usually appears within a second.
  waitScript = pkgs.writeShellScript "hm-wait-sni-watcher" ''
    set -eu
    name=${lib.escapeShellArg cfg.watcherBusName}
    until ${lib.getExe' pkgs.systemd "busctl"} --user call org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus NameHasOwner s "$name" 2>/dev/null | grep -qx 'b true'; do
      sleep 0.2
    done
  '';

  trayTarget = description: {
    Unit = {
      Description = description;
      Requires = [ "graphical-session-pre.target" ];
      PartOf = [ "tray.target" ];
    };
  };
in
{
  options.services.tray = {
    waitForWatcher = mkOption {
      type = types.enum [
        "none"
        "prefer"
        "require"
      ];
      default = "prefer";
      description = ''
        How SNI tray applets depend on a StatusNotifierWatcher being on
        D-Bus: `none` not at all, `prefer` they wait for
        tray-watcher.service but start even if it fails, `require` they
        start only once it succeeded.
      '';
    };

    watcherBusName = mkOption {
      type = types.nullOr types.str;
      default = "org.kde.StatusNotifierWatcher";
      description = "D-Bus name whose owner is the watcher; `null` waits for none.";
    };

    appletsEnabled = mkOption {
      type = types.bool;
      default = false;
      internal = true;
      description = "Set by tray applet modules: write the tray targets and the watcher service.";
    };

    watcherTimeoutSec = mkOption {
      type = types.nullOr types.int;
      default = null;
      example = 15;
      description = "Seconds tray-watcher.service waits at most; `null` keeps systemd's start timeout.";
    };
  };

  config = {
    lib.tray = {
      targets = {
        main = "tray.target";
        sni = "tray-sni.target";
        xembed = "tray-xembed.target";
      };
      preferSni = config.xsession.preferStatusNotifierItems;
      preferredTarget = if config.xsession.preferStatusNotifierItems then "tray-sni.target" else "tray-xembed.target";
      inherit watcherService;
      sniWatcherAfter = watcherDeps;
      sniWatcherWants = lib.optionals (cfg.waitForWatcher == "prefer") watcherDeps;
      sniWatcherRequires = lib.optionals (cfg.waitForWatcher == "require") watcherDeps;
    };

    systemd.user = lib.mkIf cfg.appletsEnabled {
      services.tray-watcher = lib.mkIf hasWatcher {
        Unit.Description = "Wait for SNI watcher on D-Bus";
        Service = {
          Type = "oneshot";
          ExecStart = waitScript;
          RemainAfterExit = true;
          TimeoutStartSec = lib.mkIf (cfg.watcherTimeoutSec != null) cfg.watcherTimeoutSec;
        };
      };

      targets = {
        tray.Unit = {
          Description = "Home Manager System Tray";
          # The X session (xsession.nix) defines it that far already.
          Requires = lib.mkIf (!config.xsession.enable) [ "graphical-session-pre.target" ];
          Wants = [
            "tray-sni.target"
            "tray-xembed.target"
          ];
        };
        tray-sni = trayTarget "Home Manager SNI Tray";
        tray-xembed = trayTarget "Home Manager XEmbed Tray";
      };
    };
  };
}
