# services.easyeffects: the EasyEffects audio effects daemon (PipeWire) as a
# graphical-session user service, optionally loading a preset, and preset
# files from `extraPresets` under ~/.config/easyeffects/{input,output}.
# The daemon keeps its settings in dconf, which the system must provide.
#
# UNVERIFIED: written when Home Manager's module and tests could not be read
# (the session's lookup budget was spent); options and output follow a
# recollection of them. The cases in tests/modules pin this file's own
# output until they are checked against Home Manager's tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.easyeffects;
  json = pkgs.formats.json { };

  loadPreset = lib.optionalString (cfg.preset != "") "--load-preset ${cfg.preset}";

  # A preset for microphones has an `input` section, one for outputs an
  # `output` section; EasyEffects looks for them in different directories.
  presetFile =
    name: preset:
    lib.nameValuePair "easyeffects/${if preset ? input then "input" else "output"}/${name}.json" {
      source = json.generate "${name}.json" preset;
    };
in
{
  options.services.easyeffects = {
    enable = lib.mkEnableOption "" // {
      description = ''
        Whether to run the EasyEffects daemon. It needs dconf (on NixOS,
        `programs.dconf.enable`).
      '';
    };

    package = lib.mkPackageOption pkgs "easyeffects" { };

    preset = mkOption {
      type = types.str;
      default = "";
      description = ''
        Preset loaded when the daemon starts; empty loads none. Presets are
        made in EasyEffects' window or with `extraPresets`.
      '';
    };

    extraPresets = mkOption {
      inherit (json) type;
      default = { };
      example = lib.literalExpression ''
        {
          noise-removal.input = {
            blocklist = [ ];
            plugins_order = [ "rnnoise#0" ];
            "rnnoise#0" = {
              bypass = false;
              model-path = "";
            };
          };
        }
      '';
      description = ''
        Presets by name, each as EasyEffects saves it (an `input` or an
        `output` section), written as JSON where it finds them.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.easyeffects" pkgs lib.platforms.linux) ];

    # at-spi2-core keeps GTK from logging that no accessibility bus exists.
    home.packages = [
      cfg.package
      pkgs.at-spi2-core
    ];

    xdg.configFile = lib.mapAttrs' presetFile cfg.extraPresets;

    systemd.user.services.easyeffects = {
      Unit = {
        Description = "Easyeffects daemon";
        Requires = [ "dbus.service" ];
        After = [ "graphical-session-pre.target" ];
        PartOf = [
          "graphical-session.target"
          "pipewire.service"
        ];
      };
      Service = {
        ExecStart = "${cfg.package}/bin/easyeffects --gapplication-service ${loadPreset}";
        ExecStop = "${cfg.package}/bin/easyeffects --quit";
        Restart = "on-failure";
        RestartSec = 5;
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
