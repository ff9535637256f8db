# programs.foot: ~/.config/foot/foot.ini from settings (a list repeats its
# key, as foot's key-bindings need), and optionally `foot --server` as a
# systemd user service in the graphical session. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.foot;

  iniFormat = pkgs.formats.ini { listsAsDuplicateKeys = true; };
in
{
  options.programs.foot = {
    enable = lib.mkEnableOption "foot, a Wayland terminal emulator";

    package = lib.mkPackageOption pkgs "foot" { };

    server.enable = lib.mkEnableOption "the foot server, for footclient windows";

    settings = lib.mkOption {
      type = iniFormat.type;
      default = { };
      example = {
        main.font = "Fira Code:size=11";
        mouse.hide-when-typing = "yes";
      };
      description = ''
        Sections of {file}`$XDG_CONFIG_HOME/foot/foot.ini`; see foot.ini(5).
        A list value writes its key once per element.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "programs.foot" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    xdg.configFile."foot/foot.ini" = lib.mkIf (cfg.settings != { }) {
      source = iniFormat.generate "foot.ini" cfg.settings;
    };

    systemd.user.services.foot = lib.mkIf cfg.server.enable {
      Unit = {
        Description = "Fast, lightweight and minimalistic Wayland terminal emulator.";
        Documentation = "man:foot(1)";
        PartOf = [ "graphical-session.target" ];
        After = [ "graphical-session.target" ];
      };
      Service = {
        ExecStart = "${cfg.package}/bin/foot --server";
        Restart = "on-failure";
        # A client window's shell running out of memory must not take the
        # server, and every other window, down with it.
        OOMPolicy = "continue";
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
