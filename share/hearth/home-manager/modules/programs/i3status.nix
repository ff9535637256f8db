# programs.i3status: ~/.config/i3status/config, with the `general` block,
# one `order += "<module>"` line per enabled module by position, then each
# enabled module's block (sorted by name). Strings are quoted, booleans
# true/false. Unless enableDefault is off, Home Manager's default modules
# (ipv6, wireless, ethernet, battery, disk, load, memory, time) are set at
# default priority, so any of their fields can be overridden.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkDefault mkOption types;

  cfg = config.programs.i3status;

  settingsType = types.attrsOf (
    types.oneOf [
      types.bool
      types.int
      types.str
    ]
  );

  showValue =
    v:
    if builtins.isBool v then
      lib.boolToString v
    else if builtins.isString v then
      ''"${v}"''
    else
      toString v;

  block =
    name: settings:
    "${name} {\n  "
    + lib.concatStringsSep "\n  " (lib.mapAttrsToList (k: v: "${k} = ${showValue v}") settings)
    + "\n}\n";

  enabled = lib.filterAttrs (_: m: m.enable) cfg.modules;

  # Stable sort: modules at the same position keep their name order.
  byPosition = builtins.sort (a: b: enabled.${a}.position < enabled.${b}.position) (
    builtins.attrNames enabled
  );

  moduleType = types.submodule {
    options = {
      enable = mkOption {
        type = types.bool;
        default = true;
        description = "Whether this module is shown.";
      };
      position = mkOption {
        type = types.either types.int types.float;
        description = "Place of the module in the bar's `order`; lower comes first.";
      };
      settings = mkOption {
        type = settingsType;
        default = { };
        example = {
          format = "♪ %volume";
          device = "pulse:1";
        };
        description = "The module's block in the configuration; see i3status(1).";
      };
    };
  };

  # Home Manager's default bar, every value overridable.
  defaults = {
    general = {
      colors = mkDefault true;
      interval = mkDefault 5;
    };
    modules = {
      ipv6.position = mkDefault 1;
      "wireless _first_" = {
        position = mkDefault 2;
        settings = {
          format_up = mkDefault "W: (%quality at %essid) %ip";
          format_down = mkDefault "W: down";
        };
      };
      "ethernet _first_" = {
        position = mkDefault 3;
        settings = {
          format_up = mkDefault "E: %ip (%speed)";
          format_down = mkDefault "E: down";
        };
      };
      "battery all" = {
        position = mkDefault 4;
        settings.format = mkDefault "%status %percentage %remaining";
      };
      "disk /" = {
        position = mkDefault 5;
        settings.format = mkDefault "%avail";
      };
      load = {
        position = mkDefault 6;
        settings.format = mkDefault "%1min";
      };
      memory = {
        position = mkDefault 7;
        settings = {
          format = mkDefault "%used | %available";
          threshold_degraded = mkDefault "1G";
          format_degraded = mkDefault "MEMORY < %available";
        };
      };
      "tztime local" = {
        position = mkDefault 8;
        settings.format = mkDefault "%Y-%m-%d %H:%M:%S";
      };
    };
  };
in
{
  options.programs.i3status = {
    enable = lib.mkEnableOption "i3status, a status line generator for i3bar, dzen2 or xmobar";

    package = lib.mkPackageOption pkgs "i3status" { };

    enableDefault = mkOption {
      type = types.bool;
      default = true;
      description = "Whether to start from Home Manager's default modules and general settings.";
    };

    general = mkOption {
      type = settingsType;
      default = { };
      example = {
        colors = true;
        color_good = "#e0e0e0";
        interval = 1;
      };
      description = "The `general` block of the configuration; see i3status(1).";
    };

    modules = mkOption {
      type = types.attrsOf moduleType;
      default = { };
      example = lib.literalExpression ''
        {
          "volume master" = {
            position = 1;
            settings.format = "♪ %volume";
          };
          "disk /" = {
            position = 2;
            settings.format = "/ %avail";
          };
        }
      '';
      description = "Modules of the bar, by their i3status name (type and instance).";
    };
  };

  config = lib.mkIf cfg.enable {
    programs.i3status = lib.mkIf cfg.enableDefault defaults;

    home.packages = [ cfg.package ];

    xdg.configFile."i3status/config".text = lib.concatStringsSep "\n" (
      lib.optional (cfg.general != { }) (block "general" cfg.general)
      ++ map (n: ''order += "${n}"'') byPosition
      ++ lib.mapAttrsToList (n: m: block n m.settings) enabled
    );
  };
}
