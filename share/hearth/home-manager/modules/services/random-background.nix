# services.random-background: feh sets a random image of a directory as the
# X desktop background when the session starts, and again every `interval`
# through a timer when one is given.
#
# Checked against Home Manager's module (it has no tests for it); `package`
# is Hearth's own.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.random-background;

  fehArgs = [
    "--bg-${cfg.display}"
    "--no-fehbg"
    "--randomize"
  ]
  ++ lib.optional (!cfg.enableXinerama) "--no-xinerama";

  description = "Set random desktop background using feh";
in
{
  options.services.random-background = {
    enable = lib.mkEnableOption "a random desktop background from a directory";

    package = lib.mkPackageOption pkgs "feh" { };

    imageDirectory = mkOption {
      type = types.str;
      example = "%h/backgrounds";
      description = "Directory of the images, as systemd reads it (`%h` is the home directory).";
    };

    display = mkOption {
      type = types.enum [
        "center"
        "fill"
        "max"
        "scale"
        "tile"
      ];
      default = "fill";
      description = "How feh fits the image to the screen (its `--bg-*` modes).";
    };

    interval = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "1h";
      description = ''
        How often to pick another image, as a systemd time span; `null`
        picks one only when the session starts.
      '';
    };

    enableXinerama = mkOption {
      type = types.bool;
      default = true;
      description = "One image per screen rather than one across them all.";
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [ (lib.hm.assertions.assertPlatform "services.random-background" pkgs lib.platforms.linux) ];

        systemd.user.services.random-background = {
          Unit = {
            Description = description;
            After = [ "graphical-session.target" ];
            PartOf = [ "graphical-session.target" ];
          };
          Service = {
            Type = "oneshot";
            ExecStart = "${cfg.package}/bin/feh ${toString fehArgs} ${cfg.imageDirectory}";
            IOSchedulingClass = "idle";
          };
          Install.WantedBy = [ "graphical-session.target" ];
        };
      }

      (lib.mkIf (cfg.interval != null) {
        systemd.user.timers.random-background = {
          Unit.Description = description;
          Timer.OnUnitActiveSec = cfg.interval;
          Install.WantedBy = [ "timers.target" ];
        };
      })
    ]
  );
}
