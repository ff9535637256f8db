# services.xcape: xcape as a forking systemd user service in the graphical
# session, making modifier keys send other keys when tapped (-e with the
# "key=expression" pairs joined by ";", -t for the timeout). It starts
# after setxkbmap.service when home.keyboard is set. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.xcape;

  expressions = lib.concatStringsSep ";" (lib.mapAttrsToList (k: v: "${k}=${v}") cfg.mapExpression);
in
{
  options.services.xcape = {
    enable = lib.mkEnableOption "xcape";

    timeout = mkOption {
      type = types.nullOr types.int;
      default = null;
      example = 500;
      description = ''
        Milliseconds a key may be held and still count as tapped; null
        keeps xcape's default (500 ms).
      '';
    };

    mapExpression = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        Shift_L = "Escape";
        Control_L = "Control_L|O";
      };
      description = ''
        Keys sent when a key is tapped, by the tapped key. Values read
        `Key[|OtherKey]`, with key names from {file}`X11/keysymdef.h`
        without `XK_`; a shifted character is written as a shift key and
        the unshifted key (`Shift_L|bracketleft` for "{"). Keys may also
        be given as keycodes: decimal after #, octal after #0,
        hexadecimal after #0x.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.xcape" pkgs lib.platforms.linux) ];

    systemd.user.services.xcape = {
      Unit = lib.mkMerge [
        {
          Description = "xcape";
          After = [ "graphical-session.target" ];
          PartOf = [ "graphical-session.target" ];
        }
        # The keyboard layout must be in place before xcape reads it.
        (lib.mkIf (config.home.keyboard != null && config.home.keyboard != { }) {
          After = [
            "graphical-session.target"
            "setxkbmap.service"
          ];
        })
      ];

      Service = {
        Type = "forking";
        ExecStart =
          "${pkgs.xcape}/bin/xcape"
          + lib.optionalString (cfg.timeout != null) " -t ${toString cfg.timeout}"
          + lib.optionalString (cfg.mapExpression != { }) " -e '${expressions}'";
      };

      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
