# programs.feh: the buttons, keys and themes files under ~/.config/feh.
# A binding set to null is written as the bare action name, which feh
# reads as "unbound"; those lines come first so that a key freed here can
# be taken by another action further down. Theme options are shell-quoted,
# as feh splits theme lines the way a shell would.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.feh;

  # An action maps to nothing (unbind), one input, or several.
  bindingType = t: types.attrsOf (types.nullOr (types.either t (types.listOf t)));

  bindingLine =
    action: inputs:
    lib.concatStringsSep " " (
      [ action ] ++ lib.optionals (inputs != null) (map toString (lib.toList inputs))
    );

  bindingsText =
    bindings:
    let
      unbound = lib.filterAttrs (_: v: v == null) bindings;
      bound = lib.filterAttrs (_: v: v != null) bindings;
    in
    lib.concatMapStrings (line: line + "\n") (
      lib.mapAttrsToList bindingLine unbound ++ lib.mapAttrsToList bindingLine bound
    );

  themesText = lib.concatStrings (
    lib.mapAttrsToList (name: args: "${name} ${lib.escapeShellArgs args}\n") cfg.themes
  );
in
{
  options.programs.feh = {
    enable = lib.mkEnableOption "feh, a light image viewer";

    package = lib.mkPackageOption pkgs "feh" { nullable = true; };

    buttons = mkOption {
      type = bindingType (types.either types.str types.int);
      default = { };
      example = {
        zoom_in = 4;
        prev_img = [
          3
          "C-3"
        ];
        toggle_menu = null;
      };
      description = ''
        Mouse buttons per action, written to {file}`$XDG_CONFIG_HOME/feh/buttons`:
        a button, a list of them, or `null` to leave the action unbound.
      '';
    };

    keybindings = mkOption {
      type = bindingType types.str;
      default = { };
      example = {
        zoom_in = "plus";
        prev_img = [
          "h"
          "Left"
        ];
      };
      description = ''
        Keys per action, written to {file}`$XDG_CONFIG_HOME/feh/keys`: a
        key, a list of them, or `null` to leave the action unbound.
      '';
    };

    themes = mkOption {
      type = types.attrsOf (types.listOf types.str);
      default = { };
      example = {
        present = [
          "--full-screen"
          "--hide-pointer"
        ];
      };
      description = ''
        Named option sets (`feh -T name`), written to
        {file}`$XDG_CONFIG_HOME/feh/themes`.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      {
        assertion = !(lib.any (v: v == "") (lib.attrValues cfg.keybindings));
        message = "To disable a keybinding, use `null` instead of an empty string.";
      }
    ];

    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile = {
      "feh/buttons" = lib.mkIf (cfg.buttons != { }) { text = bindingsText cfg.buttons; };
      "feh/keys" = lib.mkIf (cfg.keybindings != { }) { text = bindingsText cfg.keybindings; };
      "feh/themes" = lib.mkIf (cfg.themes != { }) { text = themesText; };
    };
  };
}
