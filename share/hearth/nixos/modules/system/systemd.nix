# systemd.services and systemd.user.services with NixOS's service options,
# rendered into unit file texts (systemd.units, systemd.user.units) that
# the system layer installs in /etc/systemd/system and /etc/systemd/user.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib)
    mkAfter
    mkIf
    mkMerge
    mkOption
    types
    ;

  cfg = config.systemd;
  sd = import ../../lib/systemd-lib.nix { inherit lib pkgs; };
  inherit (sd) unitNameType unitOption;

  unitList =
    description:
    mkOption {
      default = [ ];
      type = types.listOf unitNameType;
      inherit description;
    };

  lines =
    description:
    mkOption {
      type = types.lines;
      default = "";
      inherit description;
    };

  # A service's environment, as NixOS types it: null leaves a variable unset.
  environmentType = types.attrsOf (
    types.nullOr (
      types.oneOf [
        types.str
        types.path
        types.package
      ]
    )
  );

  # NixOS puts coreutils, findutils, grep, sed and systemd on every
  # service's PATH. Hearth's package set may not carry all of them yet, so
  # the missing ones are skipped; systemd is the host's (systemd.package).
  defaultPath =
    builtins.filter (p: p != null) [
      (pkgs.coreutils or null)
      (pkgs.findutils or null)
      (pkgs.gnugrep or null)
      (pkgs.gnused or null)
    ]
    ++ [ cfg.package ];

  # Exec*= entries from the script options: [option, key, is a list key].
  scriptOptions = [
    [ "preStart" "pre-start" "ExecStartPre" true ]
    [ "script" "start" "ExecStart" false ]
    [ "postStart" "post-start" "ExecStartPost" true ]
    [ "reload" "reload" "ExecReload" false ]
    [ "preStop" "pre-stop" "ExecStop" false ]
    [ "postStop" "post-stop" "ExecStopPost" false ]
  ];

  serviceModule =
    { name, config, ... }:
    {
      options = {
        enable = mkOption {
          type = types.bool;
          default = true;
          description = "If false, the unit is masked (a link to /dev/null).";
        };
        description = mkOption {
          type = types.singleLineStr;
          default = "";
          description = "Description of this unit used in systemd messages and progress indicators.";
        };
        documentation = mkOption {
          type = types.listOf types.str;
          default = [ ];
          description = "URIs of documentation for this unit.";
        };
        wantedBy = unitList "Units that want this unit (a .wants link is made for each).";
        requiredBy = unitList "Units that require this unit (a .requires link is made for each).";
        upheldBy = unitList "Units that uphold this unit (an .upholds link is made for each).";
        aliases = unitList "Aliases of this unit.";
        requires = unitList "Units started with this one; this one stops when they stop or fail.";
        wants = unitList "Units started with this one.";
        upholds = unitList "Units kept running while this one runs.";
        after = unitList "Units this one starts after, when started together.";
        before = unitList "Units this one starts before, when started together.";
        bindsTo = unitList "Like requires, and this unit also stops when they disappear.";
        partOf = unitList "Units whose stop or restart also stops or restarts this one.";
        conflicts = unitList "Units stopped when this one starts, and the other way round.";
        requisite = unitList "Units that must already be active for this one to start.";
        onFailure = unitList "Units activated when this one enters the failed state.";
        onSuccess = unitList "Units activated when this one finishes successfully.";
        startLimitIntervalSec = mkOption {
          type = types.nullOr types.int;
          default = null;
          description = "StartLimitIntervalSec= of the [Unit] section, when set.";
        };
        startLimitBurst = mkOption {
          type = types.nullOr types.int;
          default = null;
          description = "StartLimitBurst= of the [Unit] section, when set.";
        };
        unitConfig = mkOption {
          type = types.attrsOf unitOption;
          default = { };
          example = {
            RequiresMountsFor = "/data";
          };
          description = "Keys of the [Unit] section.";
        };
        restartTriggers = mkOption {
          type = types.listOf types.unspecified;
          default = [ ];
          description = "Items whose change restarts the service on a switch.";
        };
        reloadTriggers = mkOption {
          type = types.listOf unitOption;
          default = [ ];
          description = "Items whose change reloads the service on a switch.";
        };
        environment = mkOption {
          type = environmentType;
          default = { };
          example = {
            LANG = "nl_NL.UTF-8";
          };
          description = "Environment variables of the service's processes.";
        };
        path = mkOption {
          type = types.listOf (
            types.oneOf [
              types.package
              types.str
            ]
          );
          default = [ ];
          description = "Packages whose bin and sbin directories go on the service's PATH.";
        };
        serviceConfig = mkOption {
          type = types.attrsOf unitOption;
          default = { };
          example = {
            RestartSec = 5;
          };
          description = "Keys of the [Service] section.";
        };
        script = lines "Shell commands run as the service's main process.";
        scriptArgs = mkOption {
          type = types.str;
          default = "";
          description = "Arguments passed to the main process script.";
        };
        preStart = lines "Shell commands run before the main process starts.";
        postStart = lines "Shell commands run after the main process has started.";
        reload = lines "Shell commands run to reload the service.";
        preStop = lines "Shell commands run to stop the service.";
        postStop = lines "Shell commands run after the main process has exited.";
        restartIfChanged = mkOption {
          type = types.bool;
          default = true;
          description = "Whether a switch restarts the service when its unit changed.";
        };
        reloadIfChanged = mkOption {
          type = types.bool;
          default = false;
          description = "Whether a switch reloads (rather than restarts) the service when its unit changed.";
        };
        stopIfChanged = mkOption {
          type = types.bool;
          default = true;
          description = ''
            Whether a changed service is stopped under the old unit and
            started under the new one, rather than restarted in one step.
          '';
        };
        jobScripts = mkOption {
          type = types.listOf types.str;
          default = [ ];
          internal = true;
          description = "The scripts generated from script, preStart and the like.";
        };
        attrName = mkOption {
          type = types.str;
          internal = true;
          readOnly = true;
          description = "The attribute name the service is declared under.";
        };
        unitName = mkOption {
          type = types.str;
          internal = true;
          readOnly = true;
          description = "The unit's file name.";
        };
      };

      config = mkMerge (
        [
          {
            attrName = name;
            unitName = "${name}.service";
            unitConfig = sd.dependencyUnitConfig config;
            path = mkAfter defaultPath;
            environment.PATH = mkIf (config.path != [ ]) "${lib.makeBinPath config.path}:${lib.makeSearchPathOutput "bin" "sbin" config.path}";
          }
        ]
        ++ map (
          s:
          let
            option = builtins.elemAt s 0;
            script = sd.makeJobScript "${name}-${builtins.elemAt s 1}" config.${option};
            key = builtins.elemAt s 2;
            isList = builtins.elemAt s 3;
          in
          mkIf (config.${option} != "") {
            jobScripts = [ script ];
            serviceConfig.${key} =
              if isList then
                [ script ]
              else if option == "script" then
                script + " " + config.scriptArgs
              else
                script;
          }
        ) scriptOptions
      );
    };

  serviceType = types.attrsOf (types.submodule serviceModule);

  # What the system layer needs of a rendered unit.
  toUnit = def: {
    text = sd.serviceText cfg.globalEnvironment def;
    inherit (def)
      enable
      wantedBy
      requiredBy
      upheldBy
      aliases
      restartIfChanged
      reloadIfChanged
      stopIfChanged
      ;
  };

  toUnits = services: lib.mapAttrs' (_: def: lib.nameValuePair def.unitName (toUnit def)) services;
in
{
  options.systemd = {
    package = mkOption {
      type = types.either types.package types.str;
      default = "/usr";
      description = ''
        Where systemd's programs live: the host's systemd, whose bin/ and
        sbin/ directories go on every service's PATH.
      '';
    };

    globalEnvironment = mkOption {
      type = environmentType;
      default = { };
      description = "Environment variables of every system service.";
    };

    services = mkOption {
      type = serviceType;
      default = { };
      description = "System service units.";
    };

    units = mkOption {
      type = types.attrsOf types.raw;
      readOnly = true;
      internal = true;
      description = "The rendered system units by file name.";
    };

    user.services = mkOption {
      type = serviceType;
      default = { };
      description = "Service units of every user's systemd instance.";
    };

    user.units = mkOption {
      type = types.attrsOf types.raw;
      readOnly = true;
      internal = true;
      description = "The rendered user units by file name.";
    };
  };

  config.systemd = {
    units = toUnits cfg.services;
    user.units = toUnits cfg.user.services;
  };
}
