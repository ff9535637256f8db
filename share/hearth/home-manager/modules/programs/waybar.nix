# programs.waybar: the Waybar status bar for wlroots compositors.
# ~/.config/waybar/config is a JSON list with one object per bar (the
# typed options below plus any module settings), style.css is the bar's
# CSS, and with systemd.enable a user service runs the bar with the
# session's targets. Without the service, changed files reach a running
# bar through SIGUSR2, which makes it reload.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.waybar;
  json = pkgs.formats.json { };

  nullOr = t: default: description: mkOption { type = types.nullOr t; inherit default description; };

  margin = side: nullOr types.int null "The ${side} margin, in pixels.";

  barType = types.submodule {
    freeformType = json.type;

    options = {
      layer = nullOr (types.enum [
        "top"
        "bottom"
        "overlay"
      ]) null "Whether the bar is drawn above the windows (`top`) or below them (`bottom`).";

      output = nullOr (types.either types.str (
        types.listOf types.str
      )) null "Outputs the bar shows on; a name starting with `!` excludes that output.";

      position = nullOr (types.enum [
        "top"
        "bottom"
        "left"
        "right"
      ]) null "The edge of the output the bar sits on.";

      height = nullOr types.ints.unsigned null "Height of the bar; null fits the content.";
      width = nullOr types.ints.unsigned null "Width of the bar; null fits the content.";

      modules-left = nullOr (types.listOf types.str) null "Modules on the left (or top) of the bar.";
      modules-center = nullOr (types.listOf types.str) null "Modules in the middle of the bar.";
      modules-right = nullOr (types.listOf types.str) null "Modules on the right (or bottom) of the bar.";

      # Before 22.05 module settings lived here; they now go at the top
      # level of the bar, next to the other settings.
      modules = mkOption {
        inherit (json) type;
        visible = false;
        default = null;
        description = "Module settings (removed: put them beside the bar's other settings).";
      };

      margin = nullOr types.str null "All margins at once, as in CSS but without units (`\"20 5\"`).";
      margin-top = margin "top";
      margin-right = margin "right";
      margin-bottom = margin "bottom";
      margin-left = margin "left";

      name = nullOr types.str null "A CSS class for this bar, to style several bars apart.";

      gtk-layer-shell = nullOr types.bool null "False stops popups from using gtk-layer-shell.";
    };
  };

  # An attribute set of bars is written in name order, as a list.
  bars = if builtins.isAttrs cfg.settings then lib.attrValues cfg.settings else cfg.settings;

  # Waybar takes module settings at the top level and has no use for nulls.
  barJson =
    bar:
    lib.filterAttrs (_: v: v != null) (
      removeAttrs bar [ "modules" ] // lib.optionalAttrs (bar.modules != null) bar.modules
    );

  configFile = json.generate "waybar-config.json" (map barJson bars);

  styleFile =
    if builtins.isPath cfg.style || lib.isStorePath cfg.style then
      cfg.style
    else
      pkgs.writeText "waybar-style.css" cfg.style;

  # Tells a running bar to reload; the service does that itself.
  signalBar = lib.mkIf (!cfg.systemd.enable) ''
    ${pkgs.procps}/bin/pkill -u $USER -USR2 waybar || true
  '';
in
{
  imports = [
    (lib.mkChangedOptionModule
      [ "programs" "waybar" "systemd" "target" ]
      [ "programs" "waybar" "systemd" "targets" ]
      (config: lib.toList config.programs.waybar.systemd.target)
    )
  ];

  options.programs.waybar = {
    enable = lib.mkEnableOption "Waybar, a status bar for wlroots-based Wayland compositors";

    package = lib.mkPackageOption pkgs "waybar" { };

    settings = mkOption {
      type = types.either (types.listOf barType) (types.attrsOf barType);
      default = [ ];
      example = lib.literalExpression ''
        {
          main = {
            position = "top";
            modules-left = [ "sway/workspaces" ];
            modules-right = [ "clock" ];
            clock.format = "{:%H:%M}";
          };
        }
      '';
      description = ''
        The bars, as a list or as named attribute sets (written in name
        order). Each is one object of {file}`~/.config/waybar/config`; see
        {manpage}`waybar(5)` for what it takes.
      '';
    };

    style = mkOption {
      type = types.nullOr (types.either types.path types.lines);
      default = null;
      example = ''
        window#waybar { background: #16191C; }
      '';
      description = "{file}`~/.config/waybar/style.css`: CSS text or a file.";
    };

    systemd = {
      enable = lib.mkEnableOption "a systemd user service for Waybar";

      enableDebug = lib.mkEnableOption "Waybar's debug log (`-l debug`)";

      enableInspect = mkOption {
        type = types.bool;
        default = false;
        example = true;
        description = "Open the GTK inspector with the bar, to find CSS classes and try styles live.";
      };

      targets = mkOption {
        type = types.listOf types.str;
        default = [ config.wayland.systemd.target ];
        defaultText = lib.literalExpression "[ config.wayland.systemd.target ]";
        example = [ "sway-session.target" ];
        description = "Targets that start the service (and stop it when they stop).";
      };
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [
          (lib.hm.assertions.assertPlatform "programs.waybar" pkgs lib.platforms.linux)
          {
            assertion =
              lib.versionOlder config.home.stateVersion "22.05"
              || lib.all (bar: (bar.modules or null) == null) bars;
            message = ''
              The `programs.waybar.settings.[].modules` option has been removed.
              It is now possible to declare modules in the configuration without nesting them under the `modules` option.
            '';
          }
        ];

        home.packages = [ cfg.package ];

        xdg.configFile."waybar/config" = lib.mkIf (bars != [ ]) {
          source = configFile;
          onChange = signalBar;
        };

        xdg.configFile."waybar/style.css" = lib.mkIf (cfg.style != null) {
          source = styleFile;
          onChange = signalBar;
        };
      }

      (lib.mkIf cfg.systemd.enable {
        systemd.user.services.waybar = {
          Unit = {
            Description = "Highly customizable Wayland bar for Sway and Wlroots based compositors.";
            Documentation = "https://github.com/Alexays/Waybar/wiki";
            PartOf = [ "tray.target" ] ++ cfg.systemd.targets;
            After = cfg.systemd.targets;
            ConditionEnvironment = "WAYLAND_DISPLAY";
            # A new config or style restarts the bar on switch.
            X-Reload-Triggers =
              lib.optional (bars != [ ]) "${configFile}" ++ lib.optional (cfg.style != null) "${styleFile}";
          };

          Service = {
            Environment = lib.optional cfg.systemd.enableInspect "GTK_DEBUG=interactive";
            ExecReload = "${pkgs.coreutils}/bin/kill -SIGUSR2 $MAINPID";
            ExecStart = "${cfg.package}/bin/waybar${lib.optionalString cfg.systemd.enableDebug " -l debug"}";
            KillMode = "mixed";
            Restart = "on-failure";
          };

          Install.WantedBy = [ "tray.target" ] ++ cfg.systemd.targets;
        };
      })
    ]
  );
}
