# services.wlsunset: day and night colour temperature for Wayland
# compositors, as a user service bound to the Wayland session target. The
# settings become wlsunset's one-letter options (`-t4000`), in sorted order.
# Either a location (latitude and longitude) or fixed times (sunrise and
# sunset) must be given, not both. Linux only.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.wlsunset;

  number = types.either types.str (types.either types.float types.int);

  flags = lib.cli.toCommandLineShellGNU { } {
    t = cfg.temperature.night;
    T = cfg.temperature.day;
    d = cfg.duration;
    g = cfg.gamma;
    l = cfg.latitude;
    L = cfg.longitude;
    S = cfg.sunrise;
    s = cfg.sunset;
    o = cfg.output;
  };

  given = v: v != null;
in
{
  options.services.wlsunset = {
    enable = lib.mkEnableOption "wlsunset, day and night gamma adjustment for Wayland";

    package = lib.mkPackageOption pkgs "wlsunset" { };

    latitude = mkOption {
      type = types.nullOr number;
      default = null;
      example = -74.3;
      description = "Latitude of the location, from `-90.0` to `90.0`.";
    };

    longitude = mkOption {
      type = types.nullOr number;
      default = null;
      example = 12.5;
      description = "Longitude of the location, from `-180.0` to `180.0`.";
    };

    temperature = {
      day = mkOption {
        type = types.int;
        default = 6500;
        description = "Colour temperature by day, in kelvin; above `temperature.night`.";
      };

      night = mkOption {
        type = types.int;
        default = 4000;
        description = "Colour temperature by night, in kelvin; below `temperature.day`.";
      };
    };

    gamma = mkOption {
      type = number;
      default = 1.0;
      example = 0.6;
      description = "The gamma to apply.";
    };

    output = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "The one output to adjust; all of them when null.";
    };

    sunrise = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "06:30";
      description = "A fixed time of sunrise, as 24-hour `HH:MM`.";
    };

    sunset = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "18:00";
      description = "A fixed time of sunset, as 24-hour `HH:MM`.";
    };

    duration = mkOption {
      type = types.nullOr types.int;
      default = null;
      example = 1800;
      description = "How long, in seconds, the change between day and night takes with fixed times.";
    };

    systemdTarget = mkOption {
      type = types.str;
      default = config.wayland.systemd.target;
      defaultText = lib.literalExpression "config.wayland.systemd.target";
      description = "The user target that starts and stops the service.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.wlsunset" pkgs lib.platforms.linux)
      {
        assertion =
          (given cfg.sunrise || given cfg.sunset) != (given cfg.latitude || given cfg.longitude);
        message = "Either `sunrise` and `sunset` together or `longitude` and `latitude` together must be set for wlsunset";
      }
      {
        assertion = given cfg.sunrise == given cfg.sunset;
        message = "Both `sunset` and `sunrise` together must be set for wlsunset";
      }
      {
        assertion = given cfg.latitude == given cfg.longitude;
        message = "Both `latitude and `longitude` together must be set for wlsunset";
      }
    ];

    systemd.user.services.wlsunset = {
      Unit = {
        Description = "Day/night gamma adjustments for Wayland compositors.";
        After = [ cfg.systemdTarget ];
        PartOf = [ cfg.systemdTarget ];
        ConditionEnvironment = "WAYLAND_DISPLAY";
      };

      Service.ExecStart = "${cfg.package}/bin/wlsunset ${flags}";

      Install.WantedBy = [ cfg.systemdTarget ];
    };
  };
}
