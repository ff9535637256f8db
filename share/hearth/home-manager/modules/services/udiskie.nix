# services.udiskie: the udiskie automounter (over UDisks2) as a
# graphical-session user service with its tray icon, and its config.yml
# from the options and `settings`. Linux only; the system must run UDisks2.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.udiskie;
  yaml = pkgs.formats.yaml { };

  # The icon is an SNI one when the session prefers those, else XEmbed
  # (services/tray.nix); an SNI icon also waits for the watcher.
  inherit (config.lib.tray) preferSni;
  withTray = cfg.tray != "never";
  trayDeps = kind: lib.optionals (withTray && preferSni) config.lib.tray."sniWatcher${kind}";

  programOptions = {
    inherit (cfg) automount notify;
    tray =
      {
        always = true;
        never = false;
        auto = "auto";
      }
      .${cfg.tray};
  };
in
{
  imports = [
    (lib.mkRemovedOptionModule [ "services" "udiskie" "sni" ] ''
      Support for Status Notifier Items is now configured globally through the

        xsession.preferStatusNotifierItems

      option. Please change to use that instead.
    '')
  ];

  options.services.udiskie = {
    enable = lib.mkEnableOption "" // {
      description = ''
        Whether to enable the udiskie mount daemon. It needs the UDisks2
        D-Bus service of the system (on NixOS, `services.udisks2.enable`).
      '';
    };

    package = lib.mkPackageOption pkgs "udiskie" { };

    automount = mkOption {
      type = types.bool;
      default = true;
      description = "Mount new devices as they appear.";
    };

    notify = mkOption {
      type = types.bool;
      default = true;
      description = "Show notifications about mounts and devices.";
    };

    tray = mkOption {
      type = types.enum [
        "always"
        "auto"
        "never"
      ];
      default = "auto";
      description = ''
        When to show the tray icon: `always`, `auto` (while a device is
        there) or `never`.
      '';
    };

    settings = mkOption {
      inherit (yaml) type;
      default = { };
      example = {
        program_options.udisks_version = 2;
        icon_names.media = [ "media-optical" ];
      };
      description = ''
        {file}`~/.config/udiskie/config.yml` (see the CONFIGURATION section
        of {manpage}`udiskie(8)`), merged over the `program_options` the
        options above make.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.udiskie" pkgs lib.platforms.linux) ];

    xdg.configFile."udiskie/config.yml".source = yaml.generate "udiskie-config.yml" (
      lib.recursiveUpdate { program_options = programOptions; } cfg.settings
    );

    services.tray.appletsEnabled = lib.mkIf withTray true;

    systemd.user.services.udiskie = {
      Unit = {
        Description = "udiskie mount daemon";
        Requires = lib.optional withTray config.lib.tray.preferredTarget ++ trayDeps "Requires";
        Wants = trayDeps "Wants";
        After = [ "graphical-session.target" ] ++ lib.optional withTray config.lib.tray.preferredTarget ++ trayDeps "After";
        PartOf = [ "graphical-session.target" ];
      };
      Service.ExecStart = toString ([ "${cfg.package}/bin/udiskie" ] ++ lib.optional preferSni "--appindicator");
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
