# services.xembed-sni-proxy: Plasma's xembedsniproxy, which shows old
# XEmbed tray icons as StatusNotifierItems, as a graphical-session user
# service restarted if it aborts.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.xembed-sni-proxy;
in
{
  options.services.xembed-sni-proxy = {
    enable = lib.mkEnableOption "XEmbed SNI Proxy";

    package = lib.mkOption {
      type = lib.types.package;
      default = pkgs.plasma-workspace;
      defaultText = "pkgs.plasma-workspace";
      description = "The package whose bin/xembedsniproxy the service runs.";
    };
  };

  config = lib.mkIf cfg.enable {
    systemd.user.services.xembed-sni-proxy = {
      Unit = {
        Description = "XEmbed SNI Proxy";
        After = [ "graphical-session-pre.target" ];
        PartOf = [ "graphical-session.target" ];
      };
      Service = {
        Environment = "PATH=${config.home.profileDirectory}/bin";
        ExecStart = "${cfg.package}/bin/xembedsniproxy";
        Restart = "on-abort";
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
