# programs.mangohud: ~/.config/MangoHud/MangoHud.conf and one
# <application>.conf per application, one option a line: a true switch
# bare, a false one `=0`, lists comma-separated. enableSessionWide turns
# the overlay on for every Vulkan and OpenGL program through the session
# variables.
#
# Checked against Home Manager's module and its basic-configuration test.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.mangohud;

  settingsType = types.attrsOf (
    types.oneOf [
      types.bool
      types.int
      types.float
      types.str
      types.path
      (types.listOf (types.oneOf [
        types.int
        types.str
      ]))
    ]
  );

  line =
    name: value:
    if value == true then
      name
    else if builtins.isList value then
      "${name}=${lib.concatMapStringsSep "," toString value}"
    else if builtins.isBool value then
      "${name}=0"
    else
      "${name}=${toString value}";

  render = settings: lib.concatStringsSep "\n" (lib.mapAttrsToList line settings) + "\n";
in
{
  options.programs.mangohud = {
    enable = lib.mkEnableOption "MangoHud, an overlay of frame rate and system load for games";

    package = lib.mkPackageOption pkgs "mangohud" { };

    enableSessionWide = mkOption {
      type = types.bool;
      default = false;
      description = "Whether every Vulkan and OpenGL program of the session shows the overlay.";
    };

    settings = mkOption {
      type = settingsType;
      default = { };
      example = {
        fps_limit = [
          60
          144
        ];
        cpu_temp = true;
        output_folder = "/home/me/mangohud";
      };
      description = ''
        Options of {file}`$XDG_CONFIG_HOME/MangoHud/MangoHud.conf`; see
        <https://github.com/flightlessmango/MangoHud#mangohud_config-and-mangohud_configfile-environment-variables>.
      '';
    };

    settingsPerApplication = mkOption {
      type = types.attrsOf settingsType;
      default = { };
      example = {
        mpv.no_display = true;
      };
      description = "Options for one program, by its executable's name, written to {file}`$XDG_CONFIG_HOME/MangoHud/<name>.conf`.";
    };
  };

  config = mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "programs.mangohud" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    home.sessionVariables = mkIf cfg.enableSessionWide {
      MANGOHUD = 1;
      MANGOHUD_DLSYM = 1;
    };

    xdg.configFile = {
      "MangoHud/MangoHud.conf" = mkIf (cfg.settings != { }) { text = render cfg.settings; };
    }
    // lib.mapAttrs' (
      app: settings: lib.nameValuePair "MangoHud/${app}.conf" { text = render settings; }
    ) cfg.settingsPerApplication;
  };
}
