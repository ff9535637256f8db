# How each user's Home Manager generation gets activated: by default one
# system service per user, home-manager-<escaped user>.service, run at
# boot and restarted by a switch when the generation changed; with
# startAsUserService, one user service started at login instead.
{
  config,
  lib,
  pkgs,
  utils,
  ...
}:

let
  inherit (lib) mkIf mkMerge;

  cfg = config.home-manager;

  driverVersion = if cfg.enableLegacyProfileManagement then "0" else "1";

  serviceEnvironment = mkMerge [
    # Qt tools some modules call during activation need no display.
    { QT_QPA_PLATFORM = "offscreen"; }
    (mkIf cfg.verbose { VERBOSE = "1"; })
    (mkIf (cfg.backupCommand != null) { HOME_MANAGER_BACKUP_COMMAND = cfg.backupCommand; })
    (mkIf (cfg.backupFileExtension != null) { HOME_MANAGER_BACKUP_EXT = cfg.backupFileExtension; })
    (mkIf cfg.overwriteBackup { HOME_MANAGER_BACKUP_OVERWRITE = "1"; })
  ];

  # What the system and the user unit share; `user` is a name or "%u".
  baseService = user: {
    description = "Home Manager environment for ${user}";
    environment = serviceEnvironment;
    # A changed unit is restarted in one step, by the new unit.
    stopIfChanged = false;
    serviceConfig = {
      Type = "oneshot";
      # Active after a successful run, so that the next switch restarts
      # it when the generation changes.
      RemainAfterExit = "yes";
      TimeoutStartSec = "5m";
      SyslogIdentifier = "hm-activate-${user}";
    };
  };

  sed = if pkgs ? gnused then "${pkgs.gnused}/bin/sed" else "sed";

  importedVariables = lib.concatStringsSep "|" [
    "DBUS_SESSION_BUS_ADDRESS"
    "DISPLAY"
    "WAYLAND_DISPLAY"
    "XAUTHORITY"
    "XDG_RUNTIME_DIR"
  ];

  # Runs the activation from a login shell (so /etc/profile and the
  # user's profile files give it a usual environment), with the display
  # and bus variables of the user's running session when there is one.
  setupEnv = pkgs.writeScript "hm-setup-env" ''
    #! ${pkgs.runtimeShell} -el

    # The activation runs in a login shell so that the user has a sane
    # environment; a running user session lends its display and bus.
    eval "$(
      XDG_RUNTIME_DIR=''${XDG_RUNTIME_DIR:-/run/user/$UID} systemctl --user show-environment 2> /dev/null \
      | ${sed} -En '/^(${importedVariables})=/s/^/export /p'
    )"

    exec "$1/activate" --driver-version ${driverVersion}
  '';

  unitNameOf = usercfg: "home-manager-${utils.escapeSystemdPath usercfg.home.username}";

  systemService =
    usercfg:
    let
      username = usercfg.home.username;
    in
    lib.recursiveUpdate (baseService username) {
      wantedBy = [ "multi-user.target" ];
      # Where a Nix daemon runs, activation waits for it; without one the
      # unit is not found and systemd drops both dependencies.
      wants = [ "nix-daemon.socket" ];
      after = [ "nix-daemon.socket" ];
      # Homes are ready before anyone can log in.
      before = [ "systemd-user-sessions.service" ];
      unitConfig.RequiresMountsFor = usercfg.home.homeDirectory;
      serviceConfig = {
        User = username;
        ExecStart = "${setupEnv} ${usercfg.home.activationPackage}";
      };
    };

  # The drop-in giving the shared user unit this user's generation.
  userActivationDropIn =
    usercfg:
    pkgs.writeTextDir "share/systemd/user/home-manager.service.d/10-user-activation.conf" ''
      [Service]
      ExecStart=${usercfg.home.activationPackage}/activate
    '';

  # What the system layer records per user (see docs/system-manifest.md).
  manifestEntry = usercfg: {
    user = usercfg.home.username;
    home = usercfg.home.homeDirectory;
    activationPackage = "${usercfg.home.activationPackage}";
    service = if cfg.startAsUserService then null else "${unitNameOf usercfg}.service";
    inherit (cfg) startAsUserService;
  };
in
{
  config = mkIf (cfg.users != { }) (mkMerge [
    {
      system.homeActivations = lib.mapAttrs' (
        _: usercfg: lib.nameValuePair usercfg.home.username (manifestEntry usercfg)
      ) cfg.users;
    }

    (mkIf (!cfg.startAsUserService) {
      systemd.services = lib.mapAttrs' (
        _: usercfg: lib.nameValuePair (unitNameOf usercfg) (systemService usercfg)
      ) cfg.users;
    })

    (mkIf cfg.startAsUserService {
      systemd.user.services.home-manager = lib.recursiveUpdate (baseService "%u") {
        unitConfig.RequiresMountsFor = "%h";
      };

      users.users = lib.mapAttrs (_: usercfg: { packages = [ (userActivationDropIn usercfg) ]; }) cfg.users;

      environment.pathsToLink = [ "/share/systemd/user/home-manager.service.d" ];

      # Re-activates every logged-in user on a switch.
      system.userActivationScripts.home-manager = ''
        systemctl --user restart home-manager
      '';
    })
  ]);
}
