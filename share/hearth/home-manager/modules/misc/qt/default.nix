# qt: Qt 5 and 6 theming through the environment. QT_QPA_PLATFORMTHEME
# names the platform theme plugin, QT_STYLE_OVERRIDE the widget style,
# QT_PLUGIN_PATH and QML2_IMPORT_PATH let Qt find plugins in the profile;
# the same values go to systemd's user environment and the X session's
# imported variables. The plugin and style packages are added to the
# profile, and qt5ct/qt6ct get their configuration files if given.
#
# Packages are looked up by their nixpkgs attribute paths; one the package
# set lacks (Debian has no Qt 6 build of some plugins) is left out rather
# than failing. Not here: qt.kde.settings (kwriteconfig calls at
# activation).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.qt;

  qtctFormat = pkgs.formats.ini { listToValue = lib.concatStringsSep ", "; };

  # The packages at these attribute paths that the package set has.
  available = paths: builtins.filter (p: p != null) (map (path: lib.attrByPath path null pkgs) paths);
  at = lib.splitString ".";

  # Platform theme name -> the plugins it needs.
  platformPackages = lib.mapAttrs (_: names: available (map at names)) {
    gnome = [
      "qgnomeplatform"
      "qgnomeplatform-qt6"
    ];
    adwaita = [
      "qadwaitadecorations"
      "qadwaitadecorations-qt6"
    ];
    gtk2 = [
      "libsForQt5.qtstyleplugins"
      "qt6Packages.qt6gtk2"
    ];
    kde = [
      "kdePackages.kio"
      "kdePackages.plasma-integration"
      "kdePackages.systemsettings"
    ];
    lxqt = [
      "lxqt.lxqt-qtplugin"
      "lxqt.lxqt-config"
    ];
    qtct = [
      "libsForQt5.qt5ct"
      "qt6Packages.qt6ct"
    ];
  };

  # Platform theme names whose plugin is called otherwise.
  pluginNames = {
    gtk = "gtk3";
    qtct = "qt5ct";
  };

  # Lower-case style name -> the packages providing it (not every style).
  stylePackages =
    let
      styleplugins = [ "libsForQt5.qtstyleplugins" ];
      adwaita = [
        "adwaita-qt"
        "adwaita-qt6"
      ];
    in
    lib.mapAttrs (_: names: available (map at names)) {
      bb10bright = styleplugins;
      bb10dark = styleplugins;
      cleanlooks = styleplugins;
      cde = styleplugins;
      motif = styleplugins;
      plastique = styleplugins;
      gtk2 = styleplugins ++ [ "qt6Packages.qt6gtk2" ];
      adwaita = adwaita;
      adwaita-dark = adwaita;
      adwaita-highcontrast = adwaita;
      adwaita-highcontrastinverse = adwaita;
      breeze = [
        "kdePackages.breeze"
        "kdePackages.breeze.qt5"
      ];
      kvantum = [
        "libsForQt5.qtstyleplugin-kvantum"
        "qt6Packages.qtstyleplugin-kvantum"
      ];
    };

  platformThemeModule = types.submodule {
    options = {
      name = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "adwaita";
        description = ''
          The platform theme plugin Qt applications load: `gtk3` (Qt's own
          GTK 3 integration), `gtk2` (qtstyleplugins), `adwaita`, `gnome`
          (deprecated, use `adwaita`), `lxqt`, `qtct` (qt5ct and qt6ct) or
          `kde`; any other name is passed on as it is.
        '';
      };
      package = mkOption {
        type = types.nullOr (types.either types.package (types.listOf types.package));
        default = null;
        example = lib.literalExpression "[ pkgs.adwaita-qt pkgs.adwaita-qt6 ]";
        description = "The plugin packages; by default those known for the name.";
      };
    };
  };

  # The platform theme, whichever way it was given, with "kde6" read as
  # "kde".
  platformTheme =
    let
      renamed = name: if name == "kde6" then "kde" else name;
    in
    if builtins.isString cfg.platformTheme then
      {
        option = "qt.platformTheme";
        name = renamed cfg.platformTheme;
        given = cfg.platformTheme;
        package = null;
      }
    else if cfg.platformTheme == null then
      {
        option = null;
        name = null;
        given = null;
        package = null;
      }
    else
      {
        option = "qt.platformTheme.name";
        name = renamed cfg.platformTheme.name;
        given = cfg.platformTheme.name;
        inherit (cfg.platformTheme) package;
      };

  sessionVariables = lib.filterAttrs (_: v: v != null) {
    QT_QPA_PLATFORMTHEME =
      if platformTheme.name != null then pluginNames.${platformTheme.name} or platformTheme.name else null;
    QT_STYLE_OVERRIDE = cfg.style.name;
  };

  # nixpkgs' Qt keeps plugins and QML modules under these prefixes.
  qtPrefix =
    qt: attr: fallback:
    "${config.home.profileDirectory}/${pkgs.${qt}.qtbase.${attr} or fallback}";
  searchPaths = {
    QT_PLUGIN_PATH = [
      (qtPrefix "qt5" "qtPluginPrefix" "lib/qt-5.15/plugins")
      (qtPrefix "qt6" "qtPluginPrefix" "lib/qt-6/plugins")
    ];
    QML2_IMPORT_PATH = [
      (qtPrefix "qt5" "qtQmlPrefix" "lib/qt-5.15/qml")
      (qtPrefix "qt6" "qtQmlPrefix" "lib/qt-6/qml")
    ];
  };

  qtctOption =
    name:
    mkOption {
      type = types.nullOr qtctFormat.type;
      default = null;
      example = {
        Appearance = {
          style = "kvantum";
          icon_theme = "Papirus-Dark";
        };
        Fonts.general = ''"DejaVu Sans,12"'';
      };
      description = ''
        The contents of `${name}/${name}.conf`, section by section. A list
        becomes one comma-separated value; fonts need their own quotes.
      '';
    };
in
{
  imports = [
    ./kvantum.nix
    (lib.mkChangedOptionModule [ "qt" "useGtkTheme" ] [ "qt" "platformTheme" ] (
      config: if lib.getAttrFromPath [ "qt" "useGtkTheme" ] config then { name = "gtk2"; } else null
    ))
  ];

  options.qt = {
    enable = lib.mkEnableOption "Qt 5 and 6 theming";

    platformTheme = mkOption {
      type = types.nullOr (
        types.either (types.enum [
          "gtk"
          "gtk3"
          "gnome"
          "adwaita"
          "lxqt"
          "qtct"
          "kde"
          "kde6"
        ]) platformThemeModule
      );
      default = null;
      description = "The platform theme; a bare name is deprecated, use `qt.platformTheme.name`.";
    };

    style = {
      name = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "adwaita-dark";
        description = ''
          The widget style (case-insensitive), such as `adwaita`,
          `adwaita-dark`, `breeze`, `kvantum`, or one of qtstyleplugins'
          (`cleanlooks`, `gtk2`, `motif`, `plastique`...).
        '';
      };
      package = mkOption {
        type = types.nullOr (types.either types.package (types.listOf types.package));
        default = null;
        example = lib.literalExpression "pkgs.adwaita-qt";
        description = "The style's packages; by default those known for its name.";
      };
    };

    qt5ctSettings = qtctOption "qt5ct";
    qt6ctSettings = qtctOption "qt6ct";
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      {
        assertion = platformTheme.name == "gnome" -> cfg.style.name != null && cfg.style.package != null;
        message = ''
          `qt.platformTheme.name` "gnome" must have `qt.style` set to a theme that
          supports both Qt and Gtk, for example "adwaita", "adwaita-dark", or "breeze".
        '';
      }
    ];

    warnings =
      lib.optional (
        platformTheme.option == "qt.platformTheme"
      ) "The option `qt.platformTheme` has been renamed to `qt.platformTheme.name`."
      ++ lib.optional (
        platformTheme.name == "gnome" && platformTheme.package == null
      ) "The value `gnome` for option `${platformTheme.option}` is deprecated. Use `adwaita` instead."
      ++ lib.optional (platformTheme.given == "kde6") ''
        The value "kde6" for `${platformTheme.option}` is deprecated and will be
        removed in a future release. Please use "kde" instead.
      ''
      ++ lib.optional (platformTheme.name == "gtk")
        "The value `gtk` for option `${platformTheme.option}` is deprecated. Use `gtk2` to keep the legacy qtstyleplugins or `gtk3` to use the modern native Qt GTK3 plugin.";

    qt.style.package = lib.mkIf (cfg.style.name != null) (
      lib.mkDefault (stylePackages.${lib.toLower cfg.style.name} or null)
    );

    home.sessionVariables = sessionVariables;
    home.sessionSearchVariables = searchPaths;

    # Services started by systemd get the same look.
    systemd.user.sessionVariables = sessionVariables // lib.mapAttrs (_: lib.concatStringsSep ":") searchPaths;

    # The theme's own packages if given, else the known ones for its name.
    home.packages =
      (
        if platformTheme.package != null then
          lib.toList platformTheme.package
        else if platformTheme.name != null then
          platformPackages.${platformTheme.name} or [ ]
        else
          [ ]
      )
      ++ lib.optionals (cfg.style.package != null) (lib.toList cfg.style.package);

    xsession.importedVariables = [
      "QT_PLUGIN_PATH"
      "QML2_IMPORT_PATH"
    ]
    ++ lib.optional (platformTheme.name != null) "QT_QPA_PLATFORMTHEME"
    ++ lib.optional (cfg.style.name != null) "QT_STYLE_OVERRIDE";

    xdg.configFile = lib.listToAttrs (
      map (qtct: {
        name = "${qtct}/${qtct}.conf";
        value.source = qtctFormat.generate "${qtct}-config" cfg."${qtct}Settings";
      }) (builtins.filter (qtct: cfg."${qtct}Settings" != null) [ "qt5ct" "qt6ct" ])
    );
  };
}
