# services.wob: wob, an overlay bar for Wayland that shows the numbers it
# reads (volume, brightness...). Writes ~/.config/wob/wob.ini from
# `settings`, and by default a user socket, a FIFO at
# $XDG_RUNTIME_DIR/wob.sock, whose service starts wob with the FIFO as its
# standard input on the first write. Linux only.
#
# Checked against Home Manager's module and test.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.wob;

  ini = pkgs.formats.ini { };

  configFile = ini.generate "wob.ini" cfg.settings;

  target = config.wayland.systemd.target;
in
{
  options.services.wob = {
    enable = lib.mkEnableOption "wob, an overlay bar for Wayland";

    package = lib.mkPackageOption pkgs "wob" { nullable = true; };

    settings = mkOption {
      inherit (ini) type;
      default = { };
      example = lib.literalExpression ''
        {
          "" = {
            border_size = 10;
            height = 50;
          };
          "output.foo".name = "DP-1";
          "style.muted".background_color = "032cfc";
        }
      '';
      description = ''
        Sections of {file}`~/.config/wob/wob.ini`; the section named `""`
        holds the global settings. See {manpage}`wob.ini(5)`.
      '';
    };

    systemd = lib.mkEnableOption "the user service and socket of wob" // {
      default = true;
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.wob" pkgs lib.platforms.linux) ];

    # With no package there is nothing to start.
    systemd.user = lib.mkIf (cfg.systemd && cfg.package != null) {
      services.wob = {
        Unit = {
          Description = "A lightweight overlay volume/backlight/progress/anything bar for Wayland";
          Documentation = "man:wob(1)";
          PartOf = [ target ];
          After = [ target ];
          ConditionEnvironment = "WAYLAND_DISPLAY";
        };
        Service = {
          StandardInput = "socket";
          ExecStart = lib.concatStringsSep " " (
            [ (lib.getExe cfg.package) ] ++ lib.optional (cfg.settings != { }) "--config ${configFile}"
          );
        };
        Install.WantedBy = [ target ];
      };

      sockets.wob = {
        Socket = {
          ListenFIFO = "%t/wob.sock";
          SocketMode = "0600";
          RemoveOnStop = "yes";
          FlushPending = "yes";
        };
        Install.WantedBy = [ "sockets.target" ];
      };
    };

    xdg.configFile."wob/wob.ini" = lib.mkIf (cfg.settings != { }) { source = configFile; };
  };
}
