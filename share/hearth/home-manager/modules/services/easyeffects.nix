# services.easyeffects: the EasyEffects audio effects daemon (PipeWire) as a
# graphical-session user service. It can load one preset by name, or an
# input and an output preset separately (8.0.9 and later, sent over the
# daemon's socket once it is up); preset files from `extraPresets` go under
# ~/.local/share/easyeffects/{input,output}; `settings` (8.0.0 and later)
# are written into its KConfig database with kwriteconfig6 before it starts.
# Before 8.0.0 the daemon is a D-Bus GApplication and keeps its settings in
# dconf, which the system must provide.
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

  cfg = config.services.easyeffects;
  json = pkgs.formats.json { };
  exe = "${cfg.package}/bin/easyeffects";

  # 8.0.0 replaced the GApplication service and dconf; 8.0.9 added loading
  # the input and output presets apart.
  before8 = lib.versionOlder cfg.package.version "8.0.0";
  before809 = lib.versionOlder cfg.package.version "8.0.9";

  # preset: a name for both pipelines, or { input; output; }.
  split = builtins.isAttrs cfg.preset;
  chosen = if split then lib.filterAttrs (_: name: name != "") cfg.preset else { };
  loadPreset = lib.optionalString (
    !split && cfg.preset != ""
  ) "--load-preset ${lib.escapeShellArg cfg.preset}";

  # Sends one load_preset:<pipeline>:<name> line per chosen preset to the
  # socket given as $1, retrying for about ten seconds while the daemon
  # starts.
  presetLoader = pkgs.writeShellScript "easyeffects-load-presets" ''
    preset_socket=$1
    send() {
      ${lib.concatStringsSep "\n  " (
        lib.mapAttrsToList (
          pipeline: name: "printf '%s\\n' ${lib.escapeShellArg "load_preset:${pipeline}:${name}"}"
        ) chosen
      )}
    }
    for _ in {1..100}; do
      if [[ -S "$preset_socket" ]] &&
        send | ${pkgs.socat}/bin/socat -u -T 1 - UNIX-CONNECT:"$preset_socket"; then
        exit 0
      fi
      ${pkgs.coreutils}/bin/sleep 0.1
    done
    exit 1
  '';

  settingsFile = "${config.xdg.configHome}/easyeffects/db/easyeffectsrc";
  hasSettings = lib.any (group: group != { }) (lib.attrValues cfg.settings);

  # One kwriteconfig6 call per key; null deletes the key.
  writeSetting =
    group: key: value:
    lib.concatStringsSep " " [
      "${pkgs.kdePackages.kconfig}/bin/kwriteconfig6"
      "--file ${lib.escapeShellArg settingsFile}"
      "--group ${lib.escapeShellArg group}"
      "--key ${lib.escapeShellArg key}"
      (
        if value == null then
          "--delete"
        else if builtins.isBool value then
          "--type bool -- ${lib.boolToString value}"
        else
          "-- ${lib.escapeShellArg (toString value)}"
      )
    ];

  settingsScript = pkgs.writeShellScript "easyeffects-settings" ''
    ${pkgs.coreutils}/bin/mkdir -p ${lib.escapeShellArg (dirOf settingsFile)}
    ${lib.concatStringsSep "\n" (
      lib.concatLists (
        lib.mapAttrsToList (group: keys: lib.mapAttrsToList (writeSetting group) keys) cfg.settings
      )
    )}
  '';

  # A preset holds an `input` pipeline, an `output` one, or both; each is
  # written to its own directory.
  presetType = types.addCheck (types.attrsOf json.type) (
    p:
    p != { }
    && lib.all (pipeline: pipeline == "input" || pipeline == "output") (builtins.attrNames p)
  );

  presetFiles = lib.concatMapAttrs (
    name: preset:
    lib.mapAttrs' (
      pipeline: body:
      lib.nameValuePair "easyeffects/${pipeline}/${name}.json" {
        source = json.generate "${pipeline}-${name}.json" { ${pipeline} = body; };
      }
    ) preset
  ) cfg.extraPresets;
in
{
  options.services.easyeffects = {
    enable = lib.mkEnableOption "" // {
      description = ''
        Whether to run the EasyEffects daemon. Before version 8 it needs
        dconf (on NixOS, `programs.dconf.enable`).
      '';
    };

    package = lib.mkPackageOption pkgs "easyeffects" { };

    preset = mkOption {
      type = types.either types.str (
        types.submodule {
          options = {
            input = mkOption {
              type = types.str;
              default = "";
              description = "Input preset loaded at start; empty leaves the input alone.";
            };
            output = mkOption {
              type = types.str;
              default = "";
              description = "Output preset loaded at start; empty leaves the output alone.";
            };
          };
        }
      );
      default = "";
      example = {
        input = "voice";
        output = "music";
      };
      description = ''
        Preset loaded when the daemon starts: a name loads the input and
        output presets of that name, `{ input; output; }` picks each apart
        (EasyEffects 8.0.9 and later). Empty loads none.
      '';
    };

    extraPresets = mkOption {
      type = types.nullOr (types.attrsOf presetType);
      default = { };
      example = lib.literalExpression ''
        {
          noise-removal.input = {
            blocklist = [ ];
            plugins_order = [ "rnnoise#0" ];
            "rnnoise#0".bypass = false;
          };
        }
      '';
      description = ''
        Presets by name, each with an `input` and/or an `output` pipeline
        as EasyEffects saves them, written as JSON under
        {file}`$XDG_DATA_HOME/easyeffects`.
      '';
    };

    settings = mkOption {
      type = types.attrsOf (
        types.attrsOf (
          types.nullOr (
            types.oneOf [
              types.bool
              types.int
              types.float
              types.str
              types.path
            ]
          )
        )
      );
      default = { };
      example = {
        StreamOutputs.useDefaultOutputDevice = true;
      };
      description = ''
        Keys by KConfig group written into EasyEffects' own settings
        database before it starts; `null` deletes a key. EasyEffects 8.0.0
        and later.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.easyeffects" pkgs lib.platforms.linux)
      {
        assertion = hasSettings -> !before8;
        message = "`services.easyeffects.settings` requires EasyEffects 8.0.0 or later.";
      }
      {
        assertion = split -> !before809;
        message = "Structured `services.easyeffects.preset` requires EasyEffects 8.0.9 or later.";
      }
      {
        assertion = split -> chosen != { };
        message = "Structured `services.easyeffects.preset` must select at least one input or output preset.";
      }
    ];

    # at-spi2-core keeps the old GTK daemon from logging that no
    # accessibility bus exists.
    home.packages = lib.optional before8 pkgs.at-spi2-core ++ [ cfg.package ];

    xdg.dataFile = lib.mkIf (cfg.extraPresets != null) presetFiles;

    systemd.user.services.easyeffects = {
      Unit = {
        Description = "Easyeffects daemon";
        After = [ "graphical-session.target" ];
        PartOf = [ "graphical-session.target" ];
        # Restart when the settings change, since they are read at start.
        X-Restart-Triggers = [ (builtins.hashString "sha256" (builtins.toJSON cfg.settings)) ];
      };
      Service = {
        ExecStart =
          if before8 then
            "${exe} --gapplication-service ${loadPreset}"
          else
            "${exe} --hide-window --service-mode ${loadPreset}";
        ExecStop = "${exe} --quit";
        KillMode = "mixed";
        Restart = "on-failure";
        RestartSec = 5;
        TimeoutStopSec = 10;
      }
      // lib.optionalAttrs hasSettings { ExecStartPre = settingsScript; }
      // lib.optionalAttrs split { ExecStartPost = "-${presetLoader} %t/EasyEffectsServer"; }
      // lib.optionalAttrs before8 {
        Type = "dbus";
        BusName = "com.github.wwmm.easyeffects";
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
