# services.mako: the mako notification daemon for Wayland. Its
# ~/.config/mako/config holds global `key=value` lines, then one
# `[criteria]` section per set-valued setting. mako starts through D-Bus
# activation (the package ships that service file), so there is no unit
# here; a changed file reaches a running daemon through `makoctl reload`.
# On Debian the package is mako-notifier.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.mako;
  path = [
    "services"
    "mako"
  ];

  atom =
    types.nullOr (
      types.oneOf [
        types.bool
        types.int
        types.float
        types.str
      ]
    )
    // {
      description = "mako setting (null, bool, int, float or string)";
    };

  line = k: v: "${k}=${if builtins.isBool v then lib.boolToString v else toString v}";
  lines = set: lib.concatStringsSep "\n" (lib.mapAttrsToList line set);

  render =
    set:
    let
      globals = lib.filterAttrs (_: v: !builtins.isAttrs v) set;
      sections = lib.filterAttrs (_: builtins.isAttrs) set;
      section = name: body: "\n[${name}]\n" + lines body;
    in
    lines globals
    + lib.optionalString (sections != { }) ("\n" + lib.concatStringsSep "\n" (lib.mapAttrsToList section sections))
    + "\n";

  # The options before `settings`, each now the kebab-case setting.
  oldOptions = [
    "maxVisible"
    "maxHistory"
    "sort"
    "output"
    "layer"
    "anchor"
    "font"
    "backgroundColor"
    "textColor"
    "width"
    "height"
    "margin"
    "padding"
    "borderSize"
    "borderColor"
    "borderRadius"
    "progressColor"
    "icons"
    "maxIconSize"
    "iconPath"
    "markup"
    "actions"
    "format"
    "defaultTimeout"
    "ignoreTimeout"
    "groupBy"
  ];
in
{
  imports = [
    (lib.mkRemovedOptionModule (path ++ [ "extraConfig" ]) "Use services.mako.settings instead.")
    (lib.mkRenamedOptionModule (path ++ [ "criterias" ]) (path ++ [ "criteria" ]))
  ]
  ++ lib.hm.deprecations.mkSettingsRenamedOptionModules path (path ++ [ "settings" ]) {
    transform = lib.hm.strings.toKebabCase;
  } oldOptions;

  options.services.mako = {
    enable = lib.mkEnableOption "mako, a notification daemon for Wayland";

    package = lib.mkPackageOption pkgs "mako" { };

    settings = mkOption {
      type = types.attrsOf (types.either atom (types.attrsOf atom));
      default = { };
      example = lib.literalExpression ''
        {
          anchor = "top-right";
          default-timeout = 5000;
          "urgency=high" = {
            border-color = "#FF0000";
            default-timeout = 0;
          };
        }
      '';
      description = ''
        {file}`~/.config/mako/config`: global settings, and criteria (such
        as `"app-name=foo"`) whose settings are sets. See
        {manpage}`mako(5)`.
      '';
    };

    criteria = mkOption {
      visible = false;
      type = types.attrsOf (types.attrsOf atom);
      default = { };
      description = "Deprecated: criteria sections, now written as sets in `settings`.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.mako" pkgs lib.platforms.linux) ];

    warnings = lib.optional (cfg.criteria != { }) ''
      The option `services.mako.criteria` is deprecated and will be removed in a future release.
      Please use `services.mako.settings` with nested attributes instead.

      For example, instead of:
        criteria = {
          "actionable=true" = {
            anchor = "top-left";
          };
        };

      Use:
        settings = {
          # Global settings here...

          # Criteria sections
          "actionable=true" = {
            anchor = "top-left";
          };
        };
    '';

    home.packages = [ cfg.package ];

    xdg.configFile."mako/config" = lib.mkIf (cfg.settings != { } || cfg.criteria != { }) {
      text = render (cfg.settings // cfg.criteria);
      onChange = "${cfg.package}/bin/makoctl reload || true";
    };
  };
}
