# services.gnome-keyring: GNOME Keyring's daemon (secrets, and optionally
# its PKCS#11 and SSH components) as a systemd user service that starts
# before the graphical session. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.gnome-keyring;

  daemonArgs = [
    "--start"
    "--foreground"
  ]
  ++ lib.optional (cfg.components != [ ]) "--components=${lib.concatStringsSep "," cfg.components}";
in
{
  options.services.gnome-keyring = {
    enable = lib.mkEnableOption "GNOME Keyring";

    package = lib.mkPackageOption pkgs "gnome-keyring" { };

    components = lib.mkOption {
      type = lib.types.listOf (
        lib.types.enum [
          "pkcs11"
          "secrets"
          "ssh"
        ]
      );
      default = [ ];
      example = [ "secrets" ];
      description = "Components the daemon runs; empty runs its default set.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.gnome-keyring" pkgs lib.platforms.linux)
      {
        # Both would claim org.freedesktop.secrets on the session bus.
        assertion = !(config.services.pass-secret-service.enable or false);
        message = ''
          Only one secrets service per user can be enabled at a time.
          Other services enabled:
          - pass-secret-service
        '';
      }
    ];

    systemd.user.services.gnome-keyring = {
      Unit = {
        Description = "GNOME Keyring";
        PartOf = [ "graphical-session-pre.target" ];
      };
      Service = {
        ExecStart = "${cfg.package}/bin/gnome-keyring-daemon ${lib.concatStringsSep " " daemonArgs}";
        Restart = "on-abort";
      };
      Install.WantedBy = [ "graphical-session-pre.target" ];
    };
  };
}
