# services.tldr-update: a systemd user timer that refreshes a tldr
# client's page cache (`<program> --update`) once per period, after the
# network is up. programs.tealdeer turns it on by default.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.tldr-update;
  description = "Update tldr CLI cache";
in
{
  options.services.tldr-update = {
    enable = lib.mkEnableOption "periodic updates of a tldr client's cache";

    package = lib.mkPackageOption pkgs "tldr" { example = "tealdeer"; };

    period = lib.mkOption {
      type = lib.types.str;
      default = "weekly";
      example = "daily";
      description = "When the timer fires, as systemd's OnCalendar= reads it (see systemd.time(7)).";
    };
  };

  config = lib.mkIf cfg.enable {
    systemd.user.services.tldr-update = {
      Unit = {
        Description = description;
        Documentation = "https://tldr.sh/";
        Wants = [ "network-online.target" ];
        After = [ "network-online.target" ];
      };
      # The trailing newline is Home Manager's too (its unit files have a
      # blank line after ExecStart=).
      Service = {
        Type = "oneshot";
        ExecStart = "${lib.getExe cfg.package} --update\n";
      };
    };

    systemd.user.timers.tldr-update = {
      Unit.Description = description;
      Timer = {
        OnCalendar = cfg.period;
        Persistent = true;
      };
      Install.WantedBy = [ "timers.target" ];
    };
  };
}
