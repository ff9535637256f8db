# systemd.user.*: user units declared as `Section.Key` attribute sets and
# written to ~/.config/systemd/user/<name>.<kind>, each with its
# <target>.wants/ and <target>.requires/ links, in Home Manager's INI
# layout; plus systemd.user.sessionVariables (environment.d) and
# systemd.user.settings (~/.config/systemd/user.conf). Starting, stopping
# and restarting the units on switch is activation's reloadSystemd step
# (src/home/activate/reload_systemd.cc), which reads the units this module
# puts in the generation's home-files.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib)
    literalExpression
    mkIf
    mkOption
    types
    ;

  cfg = config.systemd.user;

  # systemd takes the unit name from the final link target, so each unit
  # is a file named exactly like the unit inside its own store directory,
  # with characters the store refuses in names replaced.
  storeSafe = lib.replaceStrings [ "@" ":" "\\" "[" "]" ] [ "-" "-" "-" "" "" ];

  renderValue = v: if builtins.isBool v then lib.boolToString v else toString v;

  unitText =
    unit:
    lib.generators.toINI {
      listsAsDuplicateKeys = true;
      mkKeyValue = k: v: "${k}=${renderValue v}";
    } (lib.filterAttrs (_: s: s != { }) (lib.mapAttrs (_: lib.filterAttrs (_: v: v != null && v != [ ])) unit));

  unitFiles =
    kind: name: unit:
    let
      file = "${name}.${kind}";
      drv = pkgs.writeTextFile {
        name = storeSafe file;
        text = unitText unit;
        destination = "/${file}";
      };
      # The file inside the directory, keeping the derivation's attributes
      # (its text among them) for whoever reads the source back.
      source = drv // {
        outPath = "${drv}/${file}";
      };
      link = dir: target: {
        name = "systemd/user/${target}.${dir}/${file}";
        value = { inherit source; };
      };
    in
    [
      {
        name = "systemd/user/${file}";
        value = { inherit source; };
      }
    ]
    ++ map (link "wants") (unit.Install.WantedBy or [ ])
    ++ map (link "requires") (unit.Install.RequiredBy or [ ]);

  primitive = types.oneOf [
    types.bool
    types.int
    types.str
    types.path
  ];

  unitType =
    kind: extra:
    types.attrsOf (
      types.submodule {
        freeformType = types.attrsOf (types.attrsOf (types.either primitive (types.listOf primitive))) // {
          description = "systemd ${kind} unit configuration";
        };
        imports = [
          {
            options.Unit = {
              Description = mkOption {
                type = types.nullOr types.str;
                default = null;
                example = "Nightly mirror of the photo folder";
                description = "One-line label systemd shows for the unit.";
              };
              Documentation = mkOption {
                type = types.coercedTo types.str lib.toList (types.listOf types.str);
                default = [ ];
                example = [ "man:rsync(1)" ];
                description = "URIs of the unit's documentation; a single string is taken as a one-element list.";
              };
            };
          }
          extra
        ];
      }
    );

  serviceExtra = {
    options.Unit = {
      X-Reload-Triggers = mkOption {
        type = types.listOf (types.either types.package types.str);
        default = [ ];
        description = "Values whose change between generations asks for a reload of the service.";
      };
      X-Restart-Triggers = mkOption {
        type = types.listOf (types.either types.package types.str);
        default = [ ];
        description = "Values whose change between generations asks for a restart of the service.";
      };
      X-SwitchMethod = mkOption {
        type = types.enum [
          null
          "reload"
          "restart"
          "stop-start"
          "keep-old"
        ];
        default = null;
        description = "How a switch should replace a running instance of the service.";
      };
    };
    options.Service = {
      Environment = mkOption {
        type = types.coercedTo types.str lib.toList (types.listOf types.str);
        default = [ ];
        example = [ "LANG=C.UTF-8" ];
        description = "`NAME=value` assignments for the service's processes.";
      };
      ExecStart = mkOption {
        type = types.either (types.either types.package types.str) (
          types.listOf (types.either types.package types.str)
        );
        apply = lib.toList;
        default = [ ];
        example = "/usr/bin/rsync -a %h/photos/ backup:photos/";
        description = "Command line the service runs when started.";
      };
    };
  };

  kinds = [
    "service"
    "slice"
    "socket"
    "target"
    "timer"
    "path"
    "mount"
    "automount"
  ];

  unitOption =
    kind:
    mkOption {
      type = unitType kind (if kind == "service" then serviceExtra else { });
      default = { };
      example = literalExpression ''
        {
          photo-sync.Unit.Description = "Copy photos to the backup host";
        }
      '';
      description = ''
        User ${kind} units by name. Sections and keys are spelled as in
        {manpage}`systemd.${kind}(5)`; definitions merge key by key, a list
        value repeats its key, and null values, empty lists and empty
        sections are left out.
      '';
    };

  userConf = pkgs.formats.ini { listsAsDuplicateKeys = true; };

  # `NAME='value' ...` as one Environment= value (a null value gives NAME='').
  environmentOption =
    description:
    mkOption {
      type = types.attrsOf (
        types.nullOr (
          types.oneOf [
            types.str
            types.path
            types.package
          ]
        )
      );
      default = { };
      example = literalExpression ''
        {
          PATH = "%h/.local/bin:/usr/bin:/bin";
        }
      '';
      apply =
        vars:
        lib.concatStringsSep " " (
          lib.mapAttrsToList (n: v: "${n}=${lib.escapeShellArg v}") vars
        );
      inherit description;
    };

  # Without the Debian layer there is no pkgs.systemd: the host's then.
  defaultSystemctl =
    if pkgs ? systemd then "${pkgs.systemd}/bin/systemctl" else "/usr/bin/systemctl";

  # The default's store path would make every generation build systemd
  # (a Debian package here); its context is dropped so it is only used
  # when present. A path the user chose keeps its context, and so its
  # package.
  systemctlArg =
    if cfg.systemctlPath == defaultSystemctl then
      builtins.unsafeDiscardStringContext cfg.systemctlPath
    else
      cfg.systemctlPath;

  # Where the units are in home-files, as Home Manager finds them: under
  # xdg.configHome, relative to the home directory.
  unitsDir = lib.removePrefix config.home.homeDirectory config.xdg.configHome + "/systemd/user";

  # services -> service, the option names being plurals of the kinds.
  optionName = kind: if kind == "service" then "services" else "${kind}s";
in
{
  meta.maintainers = [ lib.maintainers.rycee ];

  options.systemd.user =
    {
      enable = lib.mkEnableOption "writing user units for systemd" // {
        default = pkgs.stdenv.hostPlatform.isLinux;
        defaultText = literalExpression "pkgs.stdenv.isLinux";
      };

      systemctlPath = mkOption {
        type = types.str;
        default = defaultSystemctl;
        defaultText = literalExpression ''"''${pkgs.systemd}/bin/systemctl"'';
        example = "/usr/bin/systemctl";
        description = ''
          Where the switch finds {command}`systemctl` to talk to the user
          manager. As in Home Manager, the directory of this path is
          searched first and {env}`PATH` after it, so a path that does not
          exist falls back to the system's {command}`systemctl`. Hearth
          does not build the default package for the switch (the host's
          systemd runs the user manager anyway): left at its default, it
          is used only when already in the store.
        '';
      };

      startServices = mkOption {
        type = types.either types.bool (
          types.enum [
            "suggest"
            "sd-switch"
          ]
        );
        apply = p: if builtins.isBool p then p else p == "sd-switch";
        default = true;
        description = ''
          Whether a switch brings the running user manager in line with
          the new units by itself (`true` or `"sd-switch"`): reload it,
          stop removed units, restart changed ones and start the ones an
          active target newly wants. With `false` or `"suggest"` the
          manager is only reloaded, and the {command}`systemctl` commands
          the services would need (restart, stop, start) are printed for
          you to run.
        '';
      };

      servicesStartTimeoutMs = mkOption {
        type = types.ints.unsigned;
        default = 0;
        example = 2000;
        description = ''
          A window, in milliseconds, after a switch has started, restarted
          or reloaded units: a unit that has failed (or is still starting)
          when it closes fails the switch, and one that runs then counts as
          started. With 0 the switch waits for each job as
          {command}`systemctl` does and watches nothing afterwards.
        '';
      };

      sessionVariables = mkOption {
        type = types.attrsOf (types.either types.int types.str);
        default = { };
        example = {
          PAGER = "less -R";
        };
        description = ''
          Variables for every process of the user session, written to
          {file}`~/.config/environment.d/10-home-manager.conf` in the syntax
          of {manpage}`environment.d(5)`.
        '';
      };

      settings = mkOption {
        type = types.submodule {
          freeformType = userConf.type;
          options.Manager = {
            DefaultEnvironment = environmentOption "Variables for every process the user manager starts.";
            ManagerEnvironment = environmentOption "Variables for the user manager process only.";
          };
        };
        # An empty Environment= line would clear what other files set, so
        # unset environments are left out instead.
        apply =
          sections:
          sections
          // {
            Manager = lib.filterAttrs (
              n: v: !(builtins.elem n [ "DefaultEnvironment" "ManagerEnvironment" ]) || v != ""
            ) sections.Manager;
          };
        default = { };
        example = literalExpression ''
          {
            Manager.DefaultTimeoutStopSec = "20s";
          }
        '';
        description = ''
          Sections of {file}`~/.config/systemd/user.conf`, the user
          manager's own configuration; see {manpage}`systemd-user.conf(5)`.
        '';
      };
    }
    // lib.genAttrs' kinds (k: lib.nameValuePair (optionName k) (unitOption k));

  config = mkIf (cfg.enable && config.home.username != "root") {
    assertions = [
      {
        assertion = pkgs.stdenv.hostPlatform.isLinux;
        message = "This module is only available on Linux.";
      }
    ];

    # Run by `hearth activate` itself (src/home/activate/reload_systemd.cc),
    # which reads its settings from this line of its manifest entry.
    home.activation.reloadSystemd = lib.hm.dag.entryAfter [ "linkGeneration" ] ''
      hearthActivateStep reloadSystemd --units-dir ${lib.escapeShellArg unitsDir} --systemctl-path ${lib.escapeShellArg systemctlArg} --start-timeout-ms ${toString cfg.servicesStartTimeoutMs} --mode ${
        if cfg.startServices then "switch" else "suggest"
      }
    '';

    xdg.configFile = lib.mkMerge [
      (builtins.listToAttrs (
        lib.concatMap (k: lib.concatLists (lib.mapAttrsToList (unitFiles k) cfg.${optionName k})) kinds
      ))
      (mkIf (cfg.sessionVariables != { }) {
        "environment.d/10-home-manager.conf".text =
          lib.concatStringsSep "\n" (lib.mapAttrsToList (n: v: "${n}=${toString v}") cfg.sessionVariables)
          + "\n";
      })
      (mkIf (lib.any (v: v != { }) (lib.attrValues cfg.settings)) {
        "systemd/user.conf".source = userConf.generate "user.conf" cfg.settings;
      })
    ];
  };
}
