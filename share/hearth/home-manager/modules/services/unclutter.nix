# services.unclutter: hides the X11 mouse pointer after a moment without
# movement (unclutter-xfixes by default), as a graphical-session user
# service. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.unclutter;
in
{
  options.services.unclutter = {
    enable = lib.mkEnableOption "unclutter";

    package = mkOption {
      type = types.package;
      default = pkgs.unclutter-xfixes;
      defaultText = lib.literalExpression "pkgs.unclutter-xfixes";
      description = "Package providing {command}`unclutter`, which must take unclutter-xfixes' options.";
    };

    timeout = mkOption {
      type = types.int;
      default = 1;
      description = "Seconds without movement before the pointer is hidden.";
    };

    threshold = mkOption {
      type = types.int;
      default = 1;
      description = "Smallest movement, in pixels, that shows the pointer again.";
    };

    extraOptions = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "exclude-root"
        "ignore-scrolling"
      ];
      description = "Further long options of unclutter, without their leading `--`.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.unclutter" pkgs lib.platforms.linux) ];

    systemd.user.services.unclutter = {
      Unit = {
        Description = "unclutter";
        After = [ "graphical-session.target" ];
        PartOf = [ "graphical-session.target" ];
      };
      Service = {
        # One command over several lines (systemd joins lines ending in a
        # backslash), as Home Manager writes it. unclutter's jitter is the
        # movement it still ignores, one less than the threshold.
        ExecStart = ''
          ${cfg.package}/bin/unclutter \
            --timeout ${toString cfg.timeout} \
            --jitter ${toString (cfg.threshold - 1)} \
            ${lib.concatMapStrings (o: " --${o}") cfg.extraOptions}
        '';
        RestartSec = 3;
        Restart = "always";
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
