# i18n.inputMethod.fcitx5: Fcitx 5 with its addons. Writes its settings
# under ~/.config/fcitx5 (config, profile and conf/<addon>.conf, linked as
# one directory), themes under ~/.local/share/fcitx5/themes/<name>, the
# session variables that point GTK, Qt, X and SDL programs at it, and a
# fcitx5-daemon user service started with the graphical session.
#
# Fcitx writes booleans as True and False, so the INI files do too.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  im = config.i18n.inputMethod;
  cfg = im.fcitx5;

  fcitx5Package = cfg.fcitx5-with-addons.override { inherit (cfg) addons; };

  keyValue = lib.generators.mkKeyValueDefault {
    mkValueString =
      v:
      if builtins.isBool v then
        (if v then "True" else "False")
      else
        lib.generators.mkValueStringDefault { } v;
  } "=";
  ini = pkgs.formats.ini { mkKeyValue = keyValue; };
  iniGlobal = pkgs.formats.iniWithGlobalSection { mkKeyValue = keyValue; };

  # The default variables: kitty reads GLFW_IM_MODULE and only knows ibus;
  # the Wayland frontend replaces the GTK and Qt modules.
  defaultVariables = {
    GLFW_IM_MODULE = "ibus";
    SDL_IM_MODULE = "fcitx";
    XMODIFIERS = "@im=fcitx";
  }
  // lib.optionalAttrs (!cfg.waylandFrontend) {
    GTK_IM_MODULE = "fcitx";
    QT_IM_MODULE = "fcitx";
  };

  # The files of ~/.config/fcitx5, by path inside it; empty settings write
  # no file.
  settingsFiles =
    let
      file =
        path: format: value:
        lib.optionalAttrs (value != { }) {
          ${path} = format.generate "fcitx5-${builtins.replaceStrings [ "/" ] [ "-" ] path}" value;
        };
    in
    file "config" ini cfg.settings.globalOptions
    // file "profile" ini cfg.settings.inputMethod
    // lib.concatMapAttrs (name: file "conf/${name}.conf" iniGlobal) cfg.settings.addons;

  # theme.conf may be a file, its text, or INI settings.
  themeConf =
    name: theme:
    if builtins.isPath theme || lib.isStorePath theme then
      theme
    else if builtins.isString theme then
      pkgs.writeText "fcitx5-theme.conf" theme
    else
      ini.generate "fcitx5-${name}-theme" theme;

  themeFiles =
    name: theme:
    let
      file =
        fileName: source:
        lib.nameValuePair "fcitx5/themes/${name}/${fileName}" (lib.mkIf (source != null) { inherit source; });
    in
    builtins.listToAttrs [
      (file "highlight.svg" theme.highlightImage)
      (file "panel.svg" theme.panelImage)
      (file "theme.conf" (if theme.theme == null then null else themeConf name theme.theme))
    ];

  themeType = lib.types.submodule {
    options = {
      theme = lib.mkOption {
        type = lib.types.nullOr (
          lib.types.oneOf [
            ini.type
            lib.types.lines
            lib.types.path
          ]
        );
        default = null;
        description = ''
          The theme's {file}`theme.conf`: a file, its text, or its settings
          (see <https://fcitx-im.org/wiki/Fcitx_5_Theme>).
        '';
      };
      highlightImage = lib.mkOption {
        type = lib.types.nullOr lib.types.path;
        default = null;
        description = "The SVG image drawn behind the highlighted candidate.";
      };
      panelImage = lib.mkOption {
        type = lib.types.nullOr lib.types.path;
        default = null;
        description = "The SVG image drawn behind the panel.";
      };
    };
  };
in
{
  options.i18n.inputMethod.fcitx5 = {
    fcitx5-with-addons = lib.mkOption {
      type = lib.types.package;
      default = pkgs.libsForQt5.fcitx5-with-addons;
      defaultText = lib.literalExpression "pkgs.libsForQt5.fcitx5-with-addons";
      example = lib.literalExpression "pkgs.kdePackages.fcitx5-with-addons";
      description = "The Fcitx 5 package, which the addons are added to.";
    };

    addons = lib.mkOption {
      type = lib.types.listOf lib.types.package;
      default = [ ];
      example = lib.literalExpression "with pkgs; [ fcitx5-rime ]";
      description = "Addons of Fcitx 5: engines, dictionaries, skins.";
    };

    waylandFrontend = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = ''
        Whether programs reach Fcitx through its Wayland input method
        frontend, rather than through GTK_IM_MODULE and QT_IM_MODULE (see
        <https://fcitx-im.org/wiki/Using_Fcitx_5_on_Wayland>).
      '';
    };

    quickPhrase = lib.mkOption {
      type = lib.types.attrsOf lib.types.str;
      default = { };
      example = lib.literalExpression ''{ smile = "(・∀・)"; }'';
      description = "Quick phrases: the text each keyword expands to.";
    };

    quickPhraseFiles = lib.mkOption {
      type = lib.types.attrsOf lib.types.path;
      default = { };
      example = lib.literalExpression "{ words = ./words.mb; }";
      description = "Quick phrase files, by name.";
    };

    settings = {
      globalOptions = lib.mkOption {
        type = lib.types.submodule { freeformType = ini.type; };
        default = { };
        example = lib.literalExpression "{ Behavior.ActiveByDefault = false; }";
        description = "Fcitx's global options, written to {file}`fcitx5/config`.";
      };

      inputMethod = lib.mkOption {
        type = lib.types.submodule { freeformType = ini.type; };
        default = { };
        example = lib.literalExpression ''{ GroupOrder."0" = "Default"; }'';
        description = "The input method groups, written to {file}`fcitx5/profile`.";
      };

      addons = lib.mkOption {
        type = lib.types.attrsOf iniGlobal.type;
        default = { };
        example = lib.literalExpression ''{ classicui.globalSection.Theme = "example"; }'';
        description = "Each addon's settings, written to {file}`fcitx5/conf/<name>.conf`.";
      };
    };

    ignoreUserConfig = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = ''
        Whether Fcitx ignores the user's configuration (it sets
        SKIP_FCITX_USER_PATH); the user dictionary is then neither saved
        nor loaded.
      '';
    };

    sessionVariables = lib.mkOption {
      type = lib.types.attrsOf (lib.types.either lib.types.int lib.types.str);
      default = defaultVariables;
      defaultText = lib.literalMD ''
        GLFW_IM_MODULE, SDL_IM_MODULE and XMODIFIERS for Fcitx, with
        GTK_IM_MODULE and QT_IM_MODULE unless `waylandFrontend` is set
      '';
      description = "The session variables pointing programs at Fcitx.";
    };

    systemd.enable = lib.mkEnableOption "the fcitx5-daemon user service" // {
      default = true;
    };

    themes = lib.mkOption {
      type = lib.types.lazyAttrsOf themeType;
      default = { };
      description = ''
        Themes, each written to
        {file}`$XDG_DATA_HOME/fcitx5/themes/<name>`.
      '';
    };
  };

  config = lib.mkIf (im.enable && im.type == "fcitx5") {
    i18n.inputMethod.package = fcitx5Package;

    # Quick phrases reach Fcitx as addons holding its data files.
    i18n.inputMethod.fcitx5.addons =
      lib.optional (cfg.quickPhrase != { }) (
        pkgs.writeTextDir "share/fcitx5/data/QuickPhrase.mb" (
          lib.concatStringsSep "\n" (
            lib.mapAttrsToList (
              keyword: text:
              "${keyword} ${builtins.replaceStrings [ "\\" "\n" ] [ "\\\\" "\\n" ] text}"
            ) cfg.quickPhrase
          )
        )
      )
      ++ lib.optional (cfg.quickPhraseFiles != { }) (
        pkgs.linkFarm "quickPhraseFiles" (
          lib.mapAttrsToList (name: path: {
            name = "share/fcitx5/data/quickphrase.d/${name}.mb";
            inherit path;
          }) cfg.quickPhraseFiles
        )
      );

    home.sessionVariables =
      cfg.sessionVariables // lib.optionalAttrs cfg.ignoreUserConfig { SKIP_FCITX_USER_PATH = "1"; };

    home.sessionSearchVariables.QT_PLUGIN_PATH = [
      "${fcitx5Package}/${pkgs.qt6.qtbase.qtPluginPrefix}"
    ];

    xdg.configFile.fcitx5 = lib.mkIf (settingsFiles != { }) {
      source = pkgs.linkFarm "fcitx-config" (
        lib.mapAttrsToList (name: path: { inherit name path; }) settingsFiles
      );
    };

    xdg.dataFile = lib.concatMapAttrs themeFiles cfg.themes;

    systemd.user.services.fcitx5-daemon = lib.mkIf cfg.systemd.enable {
      Unit = {
        Description = "Fcitx5 input method editor";
        PartOf = [ "graphical-session.target" ];
        After = [ "graphical-session.target" ];
      };
      Service.ExecStart = "${fcitx5Package}/bin/fcitx5";
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
