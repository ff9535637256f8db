# services.parcellite: the Parcellite clipboard manager (or a fork such as
# ClipIt, run by the package's pname) as a systemd user service that needs
# the tray, with extra command-line options.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.parcellite;
in
{
  options.services.parcellite = {
    enable = lib.mkEnableOption "Parcellite";

    package = lib.mkPackageOption pkgs "parcellite" {
      example = "pkgs.clipit";
    };

    extraOptions = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [ "--no-icon" ];
      description = "Command-line arguments given to the clipboard manager.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    systemd.user.services.parcellite = {
      Unit = {
        Description = "Lightweight GTK+ clipboard manager";
        Requires = [ "tray.target" ];
        After = [
          "graphical-session-pre.target"
          "tray.target"
        ];
        PartOf = [ "graphical-session.target" ];
      };

      Install.WantedBy = [ "graphical-session.target" ];

      Service = {
        ExecStart = "${cfg.package}/bin/${cfg.package.pname} ${lib.escapeShellArgs cfg.extraOptions}";
        Restart = "on-abort";
      };
    };
  };
}
