# xsession.windowManager.bspwm: ~/.config/bspwm/bspwmrc, a shell script of
# bspc calls (desktops per monitor, settings, rules, Java's reparenting fix,
# extra commands, startup programs), and bspwm as the X session's window
# manager, reading that script.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) concatStringsSep escapeShellArg escapeShellArgs;

  cfg = config.xsession.windowManager.bspwm;

  # bspc spells booleans on/off and lists comma-separated.
  value =
    v:
    if builtins.isList v then
      concatStringsSep "," (map value v)
    else if builtins.isBool v then
      (if v then "on" else "off")
    else
      toString v;

  # splitDir -> split_dir
  snakeCase = builtins.replaceStrings lib.upperChars (map (c: "_" + c) lib.lowerChars);

  desktopsOf =
    monitor: desktops:
    let
      reset = "bspc monitor ${escapeShellArg monitor} -d ${escapeShellArgs desktops}";
    in
    # Otherwise only a monitor bspwm has just set up, holding its one
    # default desktop "Desktop", gets the desktops.
    if cfg.alwaysResetDesktops then
      reset
    else
      ''
        if [[ $(bspc query --desktops --names --monitor ${escapeShellArg monitor}) == Desktop ]]; then
          ${reset}
        fi'';

  setting =
    name: v:
    "bspc config ${
      escapeShellArgs [
        name
        (value v)
      ]
    }";

  rule =
    target: directives:
    let
      given = lib.filterAttrs (_: v: v != null) directives;
    in
    "bspc rule -a ${escapeShellArg target} ${
      escapeShellArgs (lib.mapAttrsToList (n: v: "${snakeCase n}=${value v}") given)
    }";

  lines = f: attrs: concatStringsSep "\n" (lib.mapAttrsToList f attrs);

  script =
    lib.optionalString (cfg.extraConfigEarly != "") (cfg.extraConfigEarly + "\n")
    + ''
      ${lines desktopsOf cfg.monitors}

      ${lines setting cfg.settings}

      bspc rule -r '*'
      ${lines rule cfg.rules}

      # java gui fixes
      export _JAVA_AWT_WM_NONREPARENTING=1
      bspc rule -a sun-awt-X11-XDialogPeer state=floating

      ${cfg.extraConfig}
      ${concatStringsSep "\n" (map (p: "${p} &") cfg.startupPrograms)}
    '';
in
{
  options = import ./options.nix { inherit lib pkgs; };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "xsession.windowManager.bspwm" pkgs lib.platforms.linux)
    ];

    home.packages = [ cfg.package ];

    xdg.configFile."bspwm/bspwmrc".source = pkgs.writeShellScript "bspwmrc" script;

    # Programs the session starts outside bspwm (sxhkd, say) need the fix too.
    xsession.profileExtra = ''
      # java gui fixes
      export _JAVA_AWT_WM_NONREPARENTING=1
    '';

    xsession.windowManager.command = "${cfg.package}/bin/bspwm -c ${config.xdg.configHome}/bspwm/bspwmrc";
  };
}
