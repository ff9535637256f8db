# services.picom: the picom X11 compositor as a graphical-session user
# service, with ~/.config/picom/picom.conf in libconfig syntax built from
# the typed options and free-form `settings`. Linux only.
{
  config,
  options,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.picom;
  opt = options.services.picom;

  pairOf =
    t:
    types.addCheck (types.listOf t) (l: builtins.length l == 2)
    // {
      description = "pair of ${t.description}";
    };

  # libconfig: a top-level group is written `name: { ... };`, everything
  # else `name = value;`; lists and nested groups stay on one line.
  settingLine =
    top: name: value:
    let
      sep = if top && builtins.isAttrs value then ": " else " = ";
    in
    "${lib.escape [ sep ] name}${sep}${libconfigValue value};";

  libconfigValue =
    v:
    if builtins.isBool v then
      lib.boolToString v
    else if builtins.isInt v || builtins.isFloat v then
      toString v
    else if builtins.isString v then
      ''"${lib.escape [ ''"'' ] v}"''
    else if builtins.isList v then
      "[ ${lib.concatMapStringsSep " , " libconfigValue v} ]"
    else if builtins.isAttrs v then
      "{ ${lib.concatStringsSep " " (lib.mapAttrsToList (settingLine false) v)} }"
    else
      throw "services.picom.settings: no libconfig form for ${builtins.typeOf v} values";

  configText = lib.concatStringsSep "\n" (lib.mapAttrsToList (settingLine true) cfg.settings);

  scalar =
    types.oneOf [
      types.bool
      types.int
      types.float
      types.str
    ]
    // {
      description = "boolean, integer, float or string";
    };
  libconfigType =
    types.oneOf [
      scalar
      (types.listOf libconfigType)
      (types.attrsOf libconfigType)
    ]
    // {
      description = "libconfig value";
    };

  opacity =
    low: description:
    mkOption {
      type = types.numbers.between low 1;
      default = 1.0;
      example = 0.8;
      inherit description;
    };

  conditions =
    what:
    mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "window_type *= 'menu'"
        "name ~= 'Firefox$'"
        "focused = 1"
      ];
      description = "Conditions (see {manpage}`picom(1)`) matching windows that get no ${what}.";
    };
in
{
  imports = [
    (lib.mkRemovedOptionModule [
      "services"
      "picom"
      "refreshRate"
    ] "The option `refresh-rate` has been deprecated by upstream.")
    (lib.mkRemovedOptionModule [
      "services"
      "picom"
      "experimentalBackends"
    ] "The option `--experimental-backends` has been removed by upstream.")
    (lib.mkRemovedOptionModule [
      "services"
      "picom"
      "extraOptions"
    ] "This option has been replaced by `services.picom.settings`.")
    (lib.mkRenamedOptionModule [ "services" "picom" "opacityRule" ] [ "services" "picom" "opacityRules" ])
  ];

  options.services.picom = {
    enable = lib.mkEnableOption "Picom X11 compositor";

    package = lib.mkPackageOption pkgs "picom" { };

    fade = mkOption {
      type = types.bool;
      default = false;
      description = "Fade windows in and out.";
    };

    fadeDelta = mkOption {
      type = types.ints.positive;
      default = 10;
      example = 5;
      description = "Milliseconds between two steps of a fade.";
    };

    fadeSteps = mkOption {
      type = pairOf (types.numbers.between 1.0e-2 1);
      default = [
        2.8e-2
        3.0e-2
      ];
      example = [
        4.0e-2
        4.0e-2
      ];
      description = "Opacity change per fade step, fading in and fading out.";
    };

    fadeExclude = conditions "fading";

    shadow = mkOption {
      type = types.bool;
      default = false;
      description = "Draw shadows under windows.";
    };

    shadowOffsets = mkOption {
      type = pairOf types.int;
      default = [
        (-15)
        (-15)
      ];
      example = [
        (-10)
        (-15)
      ];
      description = "Horizontal and vertical offset of shadows, in pixels.";
    };

    shadowOpacity = mkOption {
      type = types.numbers.between 0 1;
      default = 0.75;
      example = 0.8;
      description = "Opacity of shadows.";
    };

    shadowExclude = conditions "shadow";

    activeOpacity = opacity 0 "Opacity of the focused window.";
    inactiveOpacity = opacity 0.1 "Opacity of unfocused windows.";
    menuOpacity = opacity 0 "Opacity of popup and dropdown menus.";

    wintypes = mkOption {
      type = types.attrs;
      default = {
        popup_menu.opacity = cfg.menuOpacity;
        dropdown_menu.opacity = cfg.menuOpacity;
      };
      defaultText = lib.literalExpression ''
        {
          popup_menu = { opacity = config.${opt.menuOpacity}; };
          dropdown_menu = { opacity = config.${opt.menuOpacity}; };
        }
      '';
      example = { };
      description = "Settings by window type (the `wintypes` group).";
    };

    opacityRules = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "95:class_g = 'URxvt' && !_NET_WM_STATE@:32a" ];
      description = "Opacity rules, each `PERCENT:CONDITION`.";
    };

    backend = mkOption {
      type = types.enum [
        "egl"
        "glx"
        "xrender"
        "xr_glx_hybrid"
      ];
      default = "xrender";
      description = "Rendering backend.";
    };

    vSync = mkOption {
      type = types.bool;
      default = false;
      description = "Synchronise drawing with the display's refresh.";
    };

    extraArgs = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "--legacy-backends" ];
      description = "Arguments appended to picom's command line.";
    };

    settings = mkOption {
      type = types.attrsOf libconfigType // {
        description = "libconfig settings (groups of scalars, lists and groups)";
      };
      default = { };
      example = {
        blur = {
          method = "gaussian";
          size = 10;
          deviation = 5.0;
        };
      };
      description = ''
        picom.conf settings (see CONFIGURATION FILES in {manpage}`picom(1)`);
        the options above are defaults here, which a setting of the same
        name overrides.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.picom" pkgs lib.platforms.linux) ];

    services.picom.settings = lib.mapAttrs (_: lib.mkDefault) {
      fading = cfg.fade;
      fade-delta = cfg.fadeDelta;
      fade-in-step = builtins.elemAt cfg.fadeSteps 0;
      fade-out-step = builtins.elemAt cfg.fadeSteps 1;
      fade-exclude = cfg.fadeExclude;

      shadow = cfg.shadow;
      shadow-offset-x = builtins.elemAt cfg.shadowOffsets 0;
      shadow-offset-y = builtins.elemAt cfg.shadowOffsets 1;
      shadow-opacity = cfg.shadowOpacity;
      shadow-exclude = cfg.shadowExclude;

      active-opacity = cfg.activeOpacity;
      inactive-opacity = cfg.inactiveOpacity;
      wintypes = cfg.wintypes;
      opacity-rule = cfg.opacityRules;

      backend = cfg.backend;
      vsync = cfg.vSync;
    };

    home.packages = [ cfg.package ];

    xdg.configFile."picom/picom.conf".text = configText;

    systemd.user.services.picom = {
      Unit = {
        Description = "Picom X11 compositor";
        After = [ "graphical-session.target" ];
        PartOf = [ "graphical-session.target" ];
      };
      Service = {
        # The store copy, so a new configuration means a changed unit and
        # thus a restart on switch.
        ExecStart = lib.concatStringsSep " " (
          [
            (lib.getExe' cfg.package (cfg.package.meta.mainProgram or "picom"))
            "--config ${config.xdg.configFile."picom/picom.conf".source}"
          ]
          ++ cfg.extraArgs
        );
        Restart = "always";
        RestartSec = 3;
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
