# services.swayidle: the Wayland idle daemon as a user service. Its
# command line carries everything: the timeouts in order, then the events
# (before-sleep, after-resume, lock, unlock) in name order, each command
# quoted as one argument. swayidle runs commands with `sh -c`, so the
# service's PATH holds a shell.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.swayidle;

  eventNames = [
    "before-sleep"
    "after-resume"
    "lock"
    "unlock"
  ];

  timeoutType = types.submodule {
    options = {
      timeout = mkOption {
        type = types.ints.positive;
        example = 60;
        description = "Seconds without input before `command` runs.";
      };

      command = mkOption {
        type = types.str;
        description = "Command run once the timeout has passed.";
      };

      resumeCommand = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "Command run when input comes back after the timeout.";
      };
    };
  };

  # The list form the option used to take, `{ event; command; }` entries;
  # a submodule cannot be coerced, so their names are checked below.
  legacyEventType = types.addCheck (types.attrsOf types.str) (e: builtins.attrNames e == [
    "command"
    "event"
  ]);

  eventsType = types.coercedTo (types.listOf legacyEventType) (
    l: lib.listToAttrs (map (e: lib.nameValuePair e.event e.command) l)
  ) (types.attrsOf types.str);

  usesLegacyEvents = lib.any (d: builtins.isList d.value) options.services.swayidle.events.definitionsWithLocations;

  timeoutArgs =
    t:
    [
      "timeout"
      (toString t.timeout)
      t.command
    ]
    ++ lib.optionals (t.resumeCommand != null) [
      "resume"
      t.resumeCommand
    ];

  args =
    cfg.extraArgs
    ++ lib.concatMap timeoutArgs cfg.timeouts
    ++ lib.concatLists (
      lib.mapAttrsToList (event: command: [
        event
        command
      ]) cfg.events
    );
in
{
  options.services.swayidle = {
    enable = lib.mkEnableOption "swayidle, the idle manager for Wayland";

    package = lib.mkPackageOption pkgs "swayidle" { };

    timeouts = mkOption {
      type = types.listOf timeoutType;
      default = [ ];
      example = lib.literalExpression ''[ { timeout = 300; command = "swaylock -f"; } ]'';
      description = "Commands run after periods without input, in order.";
    };

    events = mkOption {
      type = eventsType;
      default = { };
      example = {
        before-sleep = "swaylock -f";
        lock = "swaylock -f";
      };
      description = ''
        Commands run on events, by event name: `before-sleep`,
        `after-resume`, `lock` or `unlock`. (A list of `{ event; command; }`
        still works, with a warning.)
      '';
    };

    extraArgs = mkOption {
      type = types.listOf types.str;
      default = [ "-w" ];
      description = "Arguments before the timeouts and events; `-w` waits for commands to finish.";
    };

    systemdTarget = mkOption {
      type = types.str;
      default = config.wayland.systemd.target;
      defaultText = lib.literalExpression "config.wayland.systemd.target";
      description = "The target that starts (and stops) the service.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.swayidle" pkgs lib.platforms.linux)
      {
        assertion = lib.all (e: builtins.elem e eventNames) (builtins.attrNames cfg.events);
        message = "services.swayidle.events: events are ${lib.concatStringsSep ", " eventNames}.";
      }
    ];

    warnings = lib.optional usesLegacyEvents ''
      Using `services.swayidle.events` as a list is deprecated and will be
      removed in a future release. Please use an attribute set keyed by event name instead.

      Use event names as attribute keys and commands as values.

    '';

    systemd.user.services.swayidle = {
      Unit = {
        Description = "Idle manager for Wayland";
        Documentation = "man:swayidle(1)";
        ConditionEnvironment = "WAYLAND_DISPLAY";
        PartOf = [ cfg.systemdTarget ];
        After = [ cfg.systemdTarget ];
      };

      Service = {
        Type = "simple";
        Restart = "always";
        Environment = [ "PATH=${lib.makeBinPath [ pkgs.bashInteractive ]}" ];
        ExecStart = "${lib.getExe cfg.package} ${lib.escapeShellArgs args}";
      };

      Install.WantedBy = [ cfg.systemdTarget ];
    };
  };
}
