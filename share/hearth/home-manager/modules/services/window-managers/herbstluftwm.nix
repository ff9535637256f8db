# xsession.windowManager.herbstluftwm: ~/.config/herbstluftwm/autostart, a
# bash script that collects every herbstclient call (through an alias) and
# sends them as one `herbstclient chain` at the end: a reset of themes,
# bindings and rules, then settings, tags, key and mouse bindings, rules
# and extra lines. herbstluftwm runs locked until the chain unlocks it.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) concatStringsSep mkOption types;

  cfg = config.xsession.windowManager.herbstluftwm;

  herbstclient = "${cfg.package}/bin/herbstclient";

  lines = concatStringsSep "\n";
  calls = verb: attrs: lines (lib.mapAttrsToList (k: v: "herbstclient ${verb} ${k} ${v}") attrs);

  setting = v: if builtins.isBool v then lib.boolToString v else lib.escapeShellArg v;

  tags = map lib.escapeShellArg cfg.tags;
  firstTag = builtins.head tags;

  # New tags are added; herbstluftwm's own "default" tag, if it is still
  # there, is merged into the first of them.
  tagSetup = lib.optionalString (cfg.tags != [ ]) ''
    for tag in ${concatStringsSep " " tags}; do
      herbstclient add "$tag"
    done

    if ${herbstclient} object_tree tags.by-name.default &>/dev/null; then
      herbstclient use ${firstTag}
      herbstclient merge_tag default ${firstTag}
    fi
  '';

  bindingsOf =
    description: example:
    mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = lib.literalExpression example;
      inherit description;
    };
in
{
  options.xsession.windowManager.herbstluftwm = {
    enable = lib.mkEnableOption "herbstluftwm window manager";

    # Holds both herbstluftwm and herbstclient.
    package = lib.mkPackageOption pkgs "herbstluftwm" { };

    settings = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.bool
          types.int
          types.str
        ]
      );
      default = { };
      example = lib.literalExpression ''
        {
          gapless_grid = false;
          window_border_width = 1;
          window_border_active_color = "#FF0000";
        }
      '';
      description = "Values for {command}`herbstclient set`.";
    };

    keybinds = bindingsOf "Commands by key combination." ''
      {
        Mod4-o = "split right";
        Mod4-u = "split bottom";
      }
    '';

    mousebinds = bindingsOf "Actions by mouse button and modifiers." ''
      {
        Mod4-B1 = "move";
        Mod4-B3 = "resize";
      }
    '';

    rules = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "windowtype~'_NET_WM_WINDOW_TYPE_(DIALOG|UTILITY|SPLASH)' focus=on pseudotile=on"
        "windowtype~'_NET_WM_WINDOW_TYPE_(NOTIFICATION|DOCK|DESKTOP)' manage=off"
      ];
      description = "Arguments of one {command}`herbstclient rule` each, in order.";
    };

    tags = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "work"
        "browser"
        "music"
      ];
      description = "Tags created at startup; the first replaces herbstluftwm's default tag.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        herbstclient set_layout max
        herbstclient detect_monitors
      '';
      description = ''
        Lines added as they are to {file}`$XDG_CONFIG_HOME/herbstluftwm/autostart`,
        before it unlocks herbstluftwm.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "xsession.windowManager.herbstluftwm" pkgs lib.platforms.linux)
    ];

    home.packages = [ cfg.package ];

    xsession.windowManager.command = "${cfg.package}/bin/herbstluftwm --locked";

    xdg.configFile."herbstluftwm/autostart".source = pkgs.writeShellScript "herbstluftwm-autostart" ''
      shopt -s expand_aliases

      # shellcheck disable=SC2142
      alias herbstclient='set -- "$@" ";"'
      set --

      herbstclient emit_hook reload

      # Reset everything.
      herbstclient attr theme.tiling.reset 1
      herbstclient attr theme.floating.reset 1
      herbstclient keyunbind --all
      herbstclient mouseunbind --all
      herbstclient unrule --all

      ${calls "set" (lib.mapAttrs (_: setting) cfg.settings)}

      ${tagSetup}

      ${calls "keybind" cfg.keybinds}

      ${calls "mousebind" cfg.mousebinds}

      ${lines (map (r: "herbstclient rule ${r}") cfg.rules)}

      ${cfg.extraConfig}

      herbstclient unlock

      ${herbstclient} chain ";" "$@"
    '';
  };
}
