# The module behind services.<name> for a redshift-like program: its INI
# file under ~/.config built from typed options plus free-form `settings`,
# and a graphical-session user service running the program or its tray
# applet. Called from ./default.nix with the program's particulars.
{
  name,
  programName,
  mainSection,
  executable,
  applet,
  configPath,
  documentation,
}:
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.services.${name};
  iniFormat = pkgs.formats.ini { };

  settingsPath = [
    "services"
    name
    "settings"
    mainSection
  ];

  coordinate =
    range:
    mkOption {
      type = types.nullOr (types.either types.str types.float);
      default = null;
      description = "Your ${range}; set together with the other coordinate for the manual provider.";
    };

  timeRange =
    what: example:
    mkOption {
      type = types.nullOr types.str;
      default = null;
      inherit example;
      description = "Start and end of ${what} as `HH:MM-HH:MM` (24-hour clock), instead of computing it from a location.";
    };

  temperature =
    when: default:
    mkOption {
      type = types.int;
      inherit default;
      description = "Colour temperature in Kelvin ${when} (1000 to 25000).";
    };

  locationKnown =
    let
      main = cfg.settings.${mainSection};
    in
    main ? dawn-time
    || main ? dusk-time
    || main.location-provider == "geoclue2"
    || (main.location-provider == "manual" && (cfg.settings ? manual.lat || cfg.settings ? manual.lon));

  geoclue = lib.optional (cfg.provider == "geoclue2") "geoclue-agent.service";
in
{
  imports = [
    (lib.mkRemovedOptionModule [
      "services"
      name
      "extraOptions"
    ] "All ${programName} configuration is now available through services.${name}.settings instead.")
    (lib.mkRenamedOptionModule [ "services" name "brightness" "day" ] (settingsPath ++ [ "brightness-day" ]))
    (lib.mkRenamedOptionModule [ "services" name "brightness" "night" ] (settingsPath ++ [ "brightness-night" ]))
  ];

  options.services.${name} = {
    enable = lib.mkEnableOption programName;

    package = lib.mkPackageOption pkgs name { };

    dawnTime = timeRange "dawn" "6:00-7:45";
    duskTime = timeRange "dusk" "18:35-20:15";

    latitude = coordinate "latitude (-90.0 to 90.0)";
    longitude = coordinate "longitude (-180.0 to 180.0)";

    provider = mkOption {
      type = types.enum [
        "manual"
        "geoclue2"
      ];
      default = "manual";
      description = ''
        Where the location comes from: `manual` (latitude and longitude
        here) or `geoclue2` (the system's Geoclue2 service, which must be
        enabled there).
      '';
    };

    temperature = {
      day = temperature "by day" 5500;
      night = temperature "at night" 3700;
    };

    enableVerboseLogging = lib.mkEnableOption "verbose logging of the service";

    tray = mkOption {
      type = types.bool;
      default = false;
      example = true;
      description = "Run the ${applet} tray applet instead of ${executable} itself.";
    };

    settings = mkOption {
      type = types.submodule { freeformType = iniFormat.type; };
      default = { };
      example = {
        ${mainSection}.adjustment-method = "randr";
        randr.screen = 0;
      };
      description = ''
        ${programName}'s configuration file as sections of keys (see
        {manpage}`${name}(1)`); the options above fill in `[${mainSection}]`
        and `[manual]`.
      '';
    };
  };

  config = mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.${name}" pkgs lib.platforms.linux)
      {
        assertion = locationKnown;
        message = ''
          ${programName} needs to know when dawn and dusk are: set
          services.${name}.provider = "geoclue2" (with the Geoclue2 service
          enabled on the system), or services.${name}.latitude and
          .longitude, or services.${name}.dawnTime and .duskTime.
        '';
      }
    ];

    services.${name}.settings = {
      ${mainSection} = {
        temp-day = cfg.temperature.day;
        temp-night = cfg.temperature.night;
        location-provider = cfg.provider;
        dawn-time = mkIf (cfg.dawnTime != null) cfg.dawnTime;
        dusk-time = mkIf (cfg.duskTime != null) cfg.duskTime;
      };
      manual = mkIf (cfg.provider == "manual") {
        lat = mkIf (cfg.latitude != null) (toString cfg.latitude);
        lon = mkIf (cfg.longitude != null) (toString cfg.longitude);
      };
    };

    xdg.configFile.${configPath}.source = iniFormat.generate (baseNameOf configPath) cfg.settings;

    home.packages = [ cfg.package ];

    # The applets draw an XEmbed tray icon (services/tray.nix).
    services.tray.appletsEnabled = mkIf cfg.tray true;

    systemd.user.services.${name} = {
      Unit = {
        Description = "${programName} colour temperature adjuster";
        Documentation = documentation;
        After = [ "graphical-session.target" ] ++ lib.optional cfg.tray config.lib.tray.targets.xembed ++ geoclue;
        Requires = mkIf cfg.tray [ config.lib.tray.targets.xembed ];
        Wants = geoclue;
        PartOf = [ "graphical-session.target" ];
      };
      Service = {
        ExecStart =
          "${cfg.package}/bin/${if cfg.tray then applet else executable} "
          + lib.cli.toCommandLineShellGNU { } {
            c = "${config.xdg.configHome}/${configPath}";
            v = cfg.enableVerboseLogging;
          };
        Restart = "on-failure";
        RestartSec = 3;
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
