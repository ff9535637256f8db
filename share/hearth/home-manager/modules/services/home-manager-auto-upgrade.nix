# services.home-manager.autoUpgrade: a systemd user timer that runs
# `home-manager switch` on a schedule, after updating the Nix channels or,
# for a flake configuration, in the flake's directory (optionally after
# `nix flake update` and other commands). Linux only.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.home-manager.autoUpgrade;
  opt = options.services.home-manager.autoUpgrade;

  # Before 26.05 a flake configuration updated its inputs first.
  legacyPreSwitch = [ "nix flake update" ];
  usesLegacyDefault = cfg.useFlake && lib.versionOlder config.home.stateVersion "26.05";
  legacyText = lib.generators.toPretty { } legacyPreSwitch;
  warnLegacy = usesLegacyDefault && opt.preSwitchCommands.highestPrio >= 1500;

  switchArgs = lib.escapeShellArgs cfg.flags;

  preSwitch = lib.optionalString (cfg.preSwitchCommands != [ ]) (
    lib.concatLines (
      [
        ''echo "Running pre-switch commands"''
        "set -o xtrace"
      ]
      ++ cfg.preSwitchCommands
    )
  );

  upgradeScript =
    if cfg.useFlake then
      ''
        if [[ ! -f "$FLAKE_DIR/flake.nix" ]]; then
          echo "No flake.nix found in $FLAKE_DIR." >&2
          exit 1
        fi

        echo "Changing to flake directory $FLAKE_DIR"
        cd "$FLAKE_DIR"

        ${preSwitch}
        echo "Upgrade Home Manager"
        home-manager switch --flake . ${switchArgs}
      ''
    else
      ''
        echo "Update Nix channels"
        nix-channel --update

        ${preSwitch}
        echo "Upgrade Home Manager"
        home-manager switch ${switchArgs}
      '';

  app = pkgs.writeShellApplication {
    name = "home-manager-auto-upgrade";
    runtimeInputs = [
      config.programs.home-manager.package
      pkgs.nix
    ];
    text = upgradeScript;
  };
in
{
  options.services.home-manager.autoUpgrade = {
    enable = lib.mkEnableOption "a timer that periodically runs `home-manager switch` on the updated configuration";

    frequency = mkOption {
      type = types.str;
      example = "weekly";
      description = "When to upgrade, as the timer's `OnCalendar=` (see {manpage}`systemd.time(7)`).";
    };

    useFlake = mkOption {
      type = types.bool;
      default = false;
      description = ''
        The configuration is a flake in
        {option}`services.home-manager.autoUpgrade.flakeDir`, with a
        `homeConfigurations` entry for `user@host`; otherwise the channels
        are updated and the classic configuration is switched to.
      '';
    };

    flakeDir = mkOption {
      type = types.str;
      default = "${config.xdg.configHome}/home-manager";
      defaultText = lib.literalExpression ''"''${config.xdg.configHome}/home-manager"'';
      example = "/home/user/dotfiles";
      description = "Directory holding the flake.nix (with `useFlake`).";
    };

    flags = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "-b"
        "backup"
      ];
      description = "Arguments appended to `home-manager switch`.";
    };

    preSwitchCommands = mkOption {
      type = types.listOf types.str;
      default = [ ];
      defaultText = lib.literalMD ''
        `[ "nix flake update" ]` for a flake configuration with a
        {option}`home.stateVersion` before 26.05, else `[ ]`
      '';
      example = [
        "git pull"
        "nix flake update"
      ];
      description = "Shell commands run (traced) just before `home-manager switch`.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.home-manager.autoUpgrade" pkgs lib.platforms.linux)
    ];

    warnings = lib.optional warnLegacy ''
      The default value of `services.home-manager.autoUpgrade.preSwitchCommands` has changed from `${legacyText}` to `[ ]`.
      You are currently using the legacy default (`${legacyText}`) because `home.stateVersion` is less than "26.05".
      To silence this warning and keep legacy behavior, set:
        services.home-manager.autoUpgrade.preSwitchCommands = ${legacyText};
      To adopt the new default behavior, set:
        services.home-manager.autoUpgrade.preSwitchCommands = [ ];
    '';

    services.home-manager.autoUpgrade.preSwitchCommands = lib.mkIf usesLegacyDefault (
      lib.mkOptionDefault legacyPreSwitch
    );

    systemd.user.timers.home-manager-auto-upgrade = {
      Unit.Description = "Home Manager upgrade timer";
      Timer = {
        OnCalendar = cfg.frequency;
        Unit = "home-manager-auto-upgrade.service";
        # A run missed while the machine was off happens at the next boot.
        Persistent = true;
      };
      Install.WantedBy = [ "timers.target" ];
    };

    systemd.user.services.home-manager-auto-upgrade = {
      Unit = {
        Description = "Home Manager upgrade";
        # Switching must not restart the upgrade that is switching.
        X-SwitchMethod = "keep-old";
      };
      Service = {
        # The program inside the script's package; the package's
        # attributes (its text) stay readable.
        ExecStart = app // {
          outPath = "${app}/bin/home-manager-auto-upgrade";
        };
        Environment = lib.mkIf cfg.useFlake [ "FLAKE_DIR=${cfg.flakeDir}" ];
      };
    };
  };
}
