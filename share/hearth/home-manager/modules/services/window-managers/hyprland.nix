# wayland.windowManager.hyprland: ~/.config/hypr/hyprland.conf from
# `settings` (lib.hm.generators.toHyprconf), plugins loaded with hyprctl at
# start, submaps, `extraConfig`, and a hyprland-session.target that the config
# starts after exporting the session's variables to systemd and D-Bus.
# Home Manager keeps it under services/window-managers; the option path is
# what matters. Debian 12 has no Hyprland: `package = null` configures an
# otherwise installed one.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.wayland.windowManager.hyprland;
  opt = [
    "wayland"
    "windowManager"
    "hyprland"
  ];

  toConf =
    attrs:
    lib.hm.generators.toHyprconf {
      inherit attrs;
      inherit (cfg) importantPrefixes;
    };

  # The session gets the compositor's variables before the target restarts,
  # so units started by it see the display.
  activation = ''
    exec-once = ${pkgs.dbus}/bin/dbus-update-activation-environment --systemd ${lib.concatStringsSep " " cfg.systemd.variables} ${
      lib.concatMapStringsSep " " (c: "&& ${c}") cfg.systemd.extraCommands
    }
  '';

  # A plugin package holds lib/lib<pname>.so; a path is the library itself.
  pluginFile = p: if types.package.check p then "${p}/lib/lib${p.pname}.so" else p;

  pluginLoads = toConf { exec-once = map (p: "hyprctl plugin load ${pluginFile p}") cfg.plugins; };

  # Only the string entries of a submap are Hyprland config lines; keys
  # left without any are dropped, and so are submaps left empty.
  submapLines = settings: lib.filterAttrs (_: l: l != [ ]) (lib.mapAttrs (_: builtins.filter builtins.isString) settings);
  submaps = lib.filterAttrs (_: m: submapLines m.settings != { }) cfg.submaps;

  submapBlock = name: m: ''
    submap = ${name}${lib.optionalString (m.onDispatch != "") ", ${m.onDispatch}"}
    ${lib.hm.generators.toHyprconf { attrs = submapLines m.settings; }}submap = reset
  '';

  hasConfig = cfg.extraConfig != "" || cfg.settings != { } || submaps != { };

  # Each running instance re-reads the file; nothing runs without one.
  reload = ''
    (
      XDG_RUNTIME_DIR=''${XDG_RUNTIME_DIR:-/run/user/$(id -u)}
      if [[ -d "/tmp/hypr" || -d "$XDG_RUNTIME_DIR/hypr" ]]; then
        for i in $(${cfg.finalPackage}/bin/hyprctl instances -j | jq ".[].instance" -r); do
          ${cfg.finalPackage}/bin/hyprctl -i "$i" reload config-only
        done
      fi
    )
  '';

  settingsType =
    let
      value =
        types.nullOr (
          types.oneOf [
            types.bool
            types.int
            types.float
            types.str
            types.path
            (types.attrsOf value)
            (types.listOf value)
          ]
        )
        // {
          description = "Hyprland configuration value";
        };
    in
    value;
in
{
  imports = [
    (lib.mkRemovedOptionModule (opt ++ [ "disableAutoreload" ]) "Autoreloading now always happens")
    (lib.mkRemovedOptionModule (
      opt ++ [ "recommendedEnvironment" ]
    ) "Recommended environment variables are now always set")
    (lib.mkRemovedOptionModule (opt ++ [
      "xwayland"
      "hidpi"
    ]) "HiDPI patches are deprecated. Refer to https://wiki.hypr.land/Configuring/XWayland")
    (lib.mkRemovedOptionModule (opt ++ [ "nvidiaPatches" ]) "Nvidia patches are no longer needed")
    (lib.mkRemovedOptionModule (opt ++ [ "enableNvidiaPatches" ]) "Nvidia patches are no longer needed")
    (lib.mkRenamedOptionModule (opt ++ [ "systemdIntegration" ]) (
      opt
      ++ [
        "systemd"
        "enable"
      ]
    ))
  ];

  options.wayland.windowManager.hyprland = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Whether to configure Hyprland, the dynamic tiling Wayland compositor,
        and put it on the user's {env}`PATH`. The system still has to offer
        a session for it (on NixOS, `programs.hyprland.enable`).
      '';
    };

    package = lib.mkPackageOption pkgs "hyprland" {
      nullable = true;
      extraDescription = "Null when Hyprland comes from elsewhere (the system's packages, say).";
    };

    portalPackage = lib.mkPackageOption pkgs "xdg-desktop-portal-hyprland" { nullable = true; };

    finalPackage = mkOption {
      type = types.nullOr types.package;
      readOnly = true;
      default = if cfg.package == null then null else cfg.package.override { enableXWayland = cfg.xwayland.enable; };
      defaultText = lib.literalMD "`package` built with the XWayland choice";
      description = "The Hyprland package that is installed and reloaded.";
    };

    finalPortalPackage = mkOption {
      type = types.nullOr types.package;
      readOnly = true;
      default =
        if cfg.portalPackage == null then
          null
        else if cfg.finalPackage == null then
          cfg.portalPackage
        else
          cfg.portalPackage.override { hyprland = cfg.finalPackage; };
      defaultText = lib.literalMD "`portalPackage` built against `finalPackage`";
      description = "The Hyprland desktop portal, matched to the compositor package.";
    };

    plugins = mkOption {
      type = types.listOf (types.either types.package types.path);
      default = [ ];
      description = ''
        Plugins loaded when Hyprland starts: packages (holding
        {file}`lib/lib<pname>.so`) or paths of the plugin libraries.
      '';
    };

    systemd = {
      enable = lib.mkEnableOption "" // {
        default = true;
        description = ''
          Whether to start {file}`hyprland-session.target` (bound to
          `graphical-session.target`) when Hyprland starts, after passing
          the variables of `systemd.variables` to the systemd and D-Bus
          user environments.
        '';
      };

      variables = mkOption {
        type = types.listOf types.str;
        default = [
          "DISPLAY"
          "HYPRLAND_INSTANCE_SIGNATURE"
          "WAYLAND_DISPLAY"
          "XDG_CURRENT_DESKTOP"
        ];
        example = [ "--all" ];
        description = "Variables `dbus-update-activation-environment` passes on.";
      };

      extraCommands = mkOption {
        type = types.listOf types.str;
        default = [
          "systemctl --user stop hyprland-session.target"
          "systemctl --user start hyprland-session.target"
        ];
        description = "Commands run, in order, once the variables are passed on.";
      };

      enableXdgAutostart = lib.mkEnableOption "XDG autostart entries through {manpage}`systemd-xdg-autostart-generator(8)`";
    };

    xwayland.enable = lib.mkEnableOption "XWayland" // {
      default = true;
    };

    settings = mkOption {
      type = settingsType;
      default = { };
      example = lib.literalExpression ''
        {
          "$mod" = "SUPER";
          general.gaps_in = 5;
          bind = [ "$mod, Return, exec, foot" ];
        }
      '';
      description = ''
        {file}`hyprland.conf` as Nix: sets become sections, lists repeat
        their key (a keyword used more than once, such as `bind`), and
        names like variables need quotes. Plugins belong in `plugins`.
      '';
    };

    submaps = mkOption {
      type = types.attrsOf (
        types.submodule {
          options = {
            onDispatch = mkOption {
              type = types.str;
              default = "";
              example = "reset";
              description = "Submap to switch to after any bind of this one runs; empty stays.";
            };

            settings = mkOption {
              type = types.attrsOf (types.listOf types.anything);
              default = { };
              example = {
                binde = [ ", right, resizeactive, 10 0" ];
                bind = [ ", escape, submap, reset" ];
              };
              description = "The submap's binds, as lists of lines per keyword.";
            };
          };
        }
      );
      default = { };
      description = ''
        Submaps (key modes), each written between `submap = <name>` and
        `submap = reset` after `settings`.
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        submap = resize
        binde = , right, resizeactive, 10 0
        submap = reset
      '';
      description = "Lines appended to {file}`~/.config/hypr/hyprland.conf`.";
    };

    sourceFirst = lib.mkEnableOption "`source` entries at the top of the configuration" // {
      default = true;
    };

    importantPrefixes = mkOption {
      type = types.listOf types.str;
      default = [
        "$"
        "bezier"
        "name"
      ]
      ++ lib.optional cfg.sourceFirst "source";
      defaultText = lib.literalExpression ''[ "$" "bezier" "name" ] ++ lib.optional sourceFirst "source"'';
      example = [
        "$"
        "bezier"
      ];
      description = "Prefixes of the names that are written before everything else at each level.";
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [ (lib.hm.assertions.assertPlatform "wayland.windowManager.hyprland" pkgs lib.platforms.linux) ];

        warnings =
          lib.optional ((cfg.systemd.enable || cfg.plugins != [ ]) && !hasConfig)
            "You have enabled hyprland.systemd.enable or listed plugins in hyprland.plugins but do not have any configuration in hyprland.settings or hyprland.extraConfig. This is almost certainly a mistake.";

        home.packages = lib.mkIf (cfg.package != null) (
          [ cfg.finalPackage ] ++ lib.optional cfg.xwayland.enable pkgs.xwayland
        );

        xdg.configFile."hypr/hyprland.conf" = lib.mkIf (hasConfig || cfg.systemd.enable || cfg.plugins != [ ]) {
          text =
            lib.optionalString cfg.systemd.enable activation
            + lib.optionalString (cfg.plugins != [ ]) pluginLoads
            + lib.optionalString (cfg.settings != { }) (toConf cfg.settings)
            + lib.concatStringsSep "\n" (lib.mapAttrsToList submapBlock submaps)
            + cfg.extraConfig;
          onChange = lib.mkIf (cfg.package != null) reload;
        };

        systemd.user.targets.hyprland-session = lib.mkIf cfg.systemd.enable {
          Unit = {
            Description = "Hyprland compositor session";
            Documentation = [ "man:systemd.special(7)" ];
            BindsTo = [ "graphical-session.target" ];
            Wants = [ "graphical-session-pre.target" ] ++ lib.optional cfg.systemd.enableXdgAutostart "xdg-desktop-autostart.target";
            After = [ "graphical-session-pre.target" ];
            Before = lib.mkIf cfg.systemd.enableXdgAutostart [ "xdg-desktop-autostart.target" ];
          };
        };
      }

      # The portal settings apply once Hearth has xdg.portal.
      (lib.optionalAttrs (options ? xdg.portal) {
        xdg.portal = {
          enable = cfg.finalPortalPackage != null;
          extraPortals = lib.mkIf (cfg.finalPortalPackage != null) [ cfg.finalPortalPackage ];
          configPackages = lib.mkIf (cfg.finalPackage != null) (lib.mkDefault [ cfg.finalPackage ]);
        };
      })
    ]
  );
}
