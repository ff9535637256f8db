# programs.todoman: ~/.config/todoman/config.py, a `path` line globbing the
# task lists under accounts.calendar.basePath followed by the extra
# configuration, as Home Manager writes it.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.todoman;
in
{
  options.programs.todoman = {
    enable = lib.mkEnableOption "todoman, a standards-based task manager based on iCalendar";

    package = lib.mkPackageOption pkgs "todoman" { nullable = true; };

    glob = mkOption {
      type = types.str;
      default = "*";
      description = "Which directories under accounts.calendar.basePath are task lists.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        date_format = "%Y-%m-%d"
        time_format = "%H:%M"
        default_list = "Personal"
        default_due = 48
      '';
      description = "Python lines appended to config.py.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      {
        assertion = options.accounts.calendar.basePath.isDefined;
        message = ''
          A base directory for calendars must be specified via
          `accounts.calendar.basePath` to generate config for todoman
        '';
      }
    ];

    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile."todoman/config.py".text = ''
      path = "${config.accounts.calendar.basePath}/${cfg.glob}"
      ${cfg.extraConfig}'';
  };
}
