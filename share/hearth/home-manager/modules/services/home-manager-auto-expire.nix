# services.home-manager.autoExpire: a systemd user timer whose service runs
# `home-manager expire-generations` on a schedule and, if asked, collects
# the Nix store's garbage afterwards. Linux only (elsewhere it does nothing).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.home-manager.autoExpire;

  # The command from this Home Manager, not programs.home-manager.package:
  # the timer works without programs.home-manager.enable.
  homeManager = pkgs.callPackage ../../home-manager { inherit (config.programs.home-manager) path; };

  script = pkgs.writeShellScript "home-manager-auto-expire" (
    ''
      echo "Expire old Home Manager generations"
      ${homeManager}/bin/home-manager expire-generations '${cfg.timestamp}'
    ''
    + lib.optionalString cfg.store.cleanup ''
      echo "Clean-up Nix store"
      ${pkgs.nix}/bin/nix-collect-garbage ${cfg.store.options}
    ''
  );
in
{
  meta.maintainers = [ lib.maintainers.thiagokokada ];

  options.services.home-manager.autoExpire = {
    enable = lib.mkEnableOption "a timer that periodically removes old Home Manager generations";

    timestamp = mkOption {
      type = types.str;
      default = "-30 days";
      example = "-7 days";
      description = ''
        Generations older than this are removed; read as by the `-d`
        option of {manpage}`date(1)`.
      '';
    };

    frequency = mkOption {
      type = types.str;
      default = "monthly";
      example = "weekly";
      description = "When to expire, as the timer's `OnCalendar=` (see {manpage}`systemd.time(7)`).";
    };

    store = {
      cleanup = lib.mkEnableOption ''
        running `nix-collect-garbage` after expiring. It deletes every
        unreachable store path of the user, not only those of the expired
        generations, hence off by default'';

      options = mkOption {
        type = types.str;
        default = "";
        example = "--delete-older-than 30d";
        description = "Arguments given to `nix-collect-garbage`.";
      };
    };
  };

  config = lib.mkIf (cfg.enable && pkgs.stdenv.hostPlatform.isLinux) {
    systemd.user.timers.home-manager-auto-expire = {
      Unit.Description = "Home Manager expire generations timer";
      Timer = {
        OnCalendar = cfg.frequency;
        Unit = "home-manager-auto-expire.service";
        # A run missed while the machine was off happens at the next boot.
        Persistent = true;
      };
      Install.WantedBy = [ "timers.target" ];
    };

    # The script itself (its path when rendered), so its text stays readable.
    systemd.user.services.home-manager-auto-expire = {
      Unit.Description = "Home Manager expire generations";
      Service.ExecStart = script;
    };
  };
}
