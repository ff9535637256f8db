# services.pass-secret-service: pass_secret_service, which serves the
# freedesktop Secret Service (libsecret) D-Bus API from a pass password
# store, as a user service started with default.target. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.pass-secret-service;

  program = "${cfg.package}/bin/pass_secret_service";

  # Without a store path the command keeps a trailing blank, as Home
  # Manager's does, so the unit has the same bytes.
  arguments = lib.optionalString (cfg.storePath != null) "--path ${cfg.storePath}";
in
{
  options.services.pass-secret-service = {
    enable = lib.mkEnableOption "Pass libsecret service";

    package = lib.mkPackageOption pkgs "pass-secret-service" { };

    storePath = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = null;
      defaultText = "~/.password-store";
      example = "/home/user/.local/share/password-store";
      description = "The password store's absolute path; `null` leaves the service's default.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.pass-secret-service" pkgs lib.platforms.linux)
    ];

    systemd.user.services.pass-secret-service = {
      Unit = {
        AssertFileIsExecutable = program;
        Description = "Pass libsecret service";
        Documentation = "https://github.com/mdellweg/pass_secret_service";
        PartOf = [ "default.target" ];
      };
      Service.ExecStart = "${program} ${arguments}";
      Install.WantedBy = [ "default.target" ];
    };
  };
}
