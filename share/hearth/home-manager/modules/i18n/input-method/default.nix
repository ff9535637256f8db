# i18n.inputMethod: the common part of the input method modules. When one
# is chosen it installs that method's package together with GTK 2 and 3
# immodules caches that list its GTK input modules (GTK reads them from the
# profile's etc/gtk-*.0/immodules.cache); the chosen method's own module
# sets the package and everything else.
#
# Hearth has only the fcitx5 module (Debian 12 packages fcitx5; Home
# Manager's hime, kime, nabi and uim modules are not here), so choosing one
# of those fails an assertion instead of installing nothing.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.i18n.inputMethod;

  methods = [
    "fcitx"
    "fcitx5"
    "nabi"
    "uim"
    "hime"
    "kime"
  ];


  # gtk-query-immodules-<v> lists the modules found under GTK_PATH.
  immodulesCache =
    version: gtk:
    pkgs.runCommandLocal "gtk${version}-immodule.cache"
      {
        buildInputs = [
          gtk
          cfg.package
        ];
      }
      ''
        mkdir -p $out/etc/gtk-${version}.0/
        GTK_PATH=${cfg.package}/lib/gtk-${version}.0/ \
          gtk-query-immodules-${version}.0 > $out/etc/gtk-${version}.0/immodules.cache
      '';
in
{
  imports = [ ./fcitx5.nix ];

  options.i18n.inputMethod = {
    enable = lib.mkEnableOption "an additional input method type" // {
      default = cfg.enabled != null;
      defaultText = lib.literalMD "`true` when the deprecated `enabled` is set, else `false`";
    };

    enabled = lib.mkOption {
      type = lib.types.nullOr (lib.types.enum methods);
      default = null;
      example = "fcitx5";
      description = "Deprecated: set `type` and `enable = true` instead.";
    };

    type = lib.mkOption {
      type = lib.types.nullOr (lib.types.enum methods);
      default = cfg.enabled;
      defaultText = lib.literalMD "the deprecated `enabled`, which defaults to `null`";
      example = "fcitx5";
      description = ''
        The input method to use, for typing what the keyboard has no keys
        for (Chinese, Japanese or Korean text, above all). Hearth provides
        `fcitx5`, whose addons (engines, dictionaries, skins) are set in
        [](#opt-i18n.inputMethod.fcitx5.addons).
      '';
    };

    package = lib.mkOption {
      internal = true;
      type = lib.types.nullOr lib.types.path;
      default = null;
      description = "The chosen input method's package, set by its module.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "i18n.inputMethod" pkgs lib.platforms.linux)
      {
        assertion = cfg.enabled != "fcitx";
        message = "fcitx has been removed, please use fcitx5 instead";
      }
      {
        assertion = cfg.type == null || cfg.type == "fcitx5" || cfg.enabled == "fcitx";
        message = "i18n.inputMethod.type = \"${toString cfg.type}\" is not available in Hearth, which has only fcitx5.";
      }
    ];

    warnings = lib.optional (
      cfg.enabled != null
    ) "i18n.inputMethod.enabled will be removed in a future release. Please use .type, and .enable = true instead";

    home.packages = [
      cfg.package
      (immodulesCache "2" pkgs.gtk2)
      (immodulesCache "3" pkgs.gtk3)
    ];
  };
}
