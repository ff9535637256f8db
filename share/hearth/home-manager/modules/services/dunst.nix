# services.dunst: the dunst notification daemon as a D-Bus activated
# systemd user service, reloaded (dunstctl reload) when dunstrc changes,
# and ~/.config/dunst/dunstrc. Sections are written in DAG order (a
# section may ask to come after another: dunst matches rules in file
# order), otherwise sorted; global.icon_path lists the icon theme's
# directories under the system profile, the user's profile and the theme
# package, with hicolor as fallback. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.dunst;

  valueType = types.oneOf [
    types.str
    types.bool
    types.int
    (types.listOf types.str)
  ];

  # A section: free-form keys, plus icon_path, which merges by joining
  # with ":" so the module's default and user additions combine.
  sectionType = types.submodule {
    freeformType = types.attrsOf valueType;
    options.icon_path = mkOption {
      type = types.nullOr (types.separatedString ":");
      default = null;
      description = "Directories dunst searches for icons, separated by colons.";
    };
  };

  valueString =
    v:
    if builtins.isBool v then
      lib.hm.booleans.yesNo v
    else if builtins.isString v then
      ''"${v}"''
    else
      toString v;

  sectionText =
    { name, data }:
    "[${name}]\n"
    + lib.concatStrings (
      lib.mapAttrsToList (k: v: "${k}=${valueString v}\n") (lib.filterAttrs (_: v: v != null) data)
    );

  dunstrc =
    let
      sorted = lib.hm.dag.topoSort cfg.settings;
    in
    if sorted ? result then
      lib.concatMapStringsSep "\n" sectionText sorted.result
    else
      throw "services.dunst.settings: the sections' order has a cycle: ${builtins.toJSON sorted}";

  themeType = types.submodule {
    options = {
      package = mkOption {
        type = types.package;
        example = lib.literalExpression "pkgs.adwaita-icon-theme";
        description = "Package holding the theme.";
      };
      name = mkOption {
        type = types.str;
        example = "Adwaita";
        description = "Directory name of the theme under share/icons.";
      };
      size = mkOption {
        type = types.str;
        default = "32x32";
        example = "16x16";
        description = "Size directory of the icons to use.";
      };
    };
  };

  hicolor = {
    package = pkgs.hicolor-icon-theme;
    name = "hicolor";
    size = "32x32";
  };

  iconPath =
    let
      theme = cfg.iconTheme;
      # Icons missing from another theme are looked up in hicolor, at the
      # same size.
      extraHicolor = theme.package != hicolor.package || theme.name != hicolor.name || theme.size != hicolor.size;
      bases = [
        "/run/current-system/sw"
        config.home.profileDirectory
        theme.package
      ]
      ++ lib.optional extraHicolor hicolor.package;
      themes = [ theme ] ++ lib.optional extraHicolor (hicolor // { inherit (theme) size; });
      categories = [
        "actions"
        "animations"
        "apps"
        "categories"
        "devices"
        "emblems"
        "emotes"
        "filesystem"
        "intl"
        "legacy"
        "mimetypes"
        "places"
        "status"
        "stock"
      ];
    in
    lib.concatStringsSep ":" (
      lib.concatMap (
        base:
        lib.concatMap (
          category: map (t: "${base}/share/icons/${t.name}/${t.size}/${category}") themes
        ) categories
      ) bases
    );
in
{
  options.services.dunst = {
    enable = lib.mkEnableOption "dunst, a notification daemon";

    package = lib.mkPackageOption pkgs "dunst" { };

    configFile = mkOption {
      type = types.nullOr (types.either types.str types.path);
      default = null;
      description = ''
        Configuration file dunst reads instead of its default, for instance
        a writable copy of the generated one. The generated file is written
        to {file}`$XDG_CONFIG_HOME/dunst/dunstrc` either way.
      '';
    };

    iconTheme = mkOption {
      type = themeType;
      default = hicolor;
      defaultText = lib.literalExpression ''
        {
          package = pkgs.hicolor-icon-theme;
          name = "hicolor";
          size = "32x32";
        }
      '';
      description = "Icon theme dunst shows notification icons from.";
    };

    waylandDisplay = mkOption {
      type = types.str;
      default = "";
      description = "WAYLAND_DISPLAY for the service; empty leaves it unset.";
    };

    settings = mkOption {
      type = lib.hm.types.dagOf sectionType;
      default = { };
      example = lib.literalExpression ''
        {
          global = {
            width = 300;
            origin = "top-right";
            font = "Droid Sans 9";
          };
          urgency_normal = {
            background = "#37474f";
            timeout = 10;
          };
        }
      '';
      description = ''
        Sections of {file}`$XDG_CONFIG_HOME/dunst/dunstrc`; see dunst(5).
        Strings are quoted, booleans written yes/no. A section given as
        `lib.hm.dag.entryAfter [ "global" ] { ... }` is written after the
        named ones.
      '';
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [ (lib.hm.assertions.assertPlatform "services.dunst" pkgs lib.platforms.linux) ];

        home.packages = [ cfg.package ];

        # D-Bus starts dunst on the first notification.
        xdg.dataFile."dbus-1/services/org.knopwob.dunst.service".source =
          "${cfg.package}/share/dbus-1/services/org.knopwob.dunst.service";

        services.dunst.settings.global.icon_path = iconPath;

        systemd.user.services.dunst = {
          Unit = {
            Description = "Dunst notification daemon";
            After = [ "graphical-session.target" ];
            PartOf = [ "graphical-session.target" ];
          };
          Service = {
            Type = "dbus";
            BusName = "org.freedesktop.Notifications";
            ExecStart =
              "${cfg.package}/bin/dunst" + lib.optionalString (cfg.configFile != null) " -config ${cfg.configFile}";
            ExecReload = "${cfg.package}/bin/dunstctl reload";
            Environment = lib.optionalString (cfg.waylandDisplay != "") "WAYLAND_DISPLAY=${cfg.waylandDisplay}";
          };
        };
      }

      (lib.mkIf (cfg.settings != { }) {
        xdg.configFile."dunst/dunstrc".text = dunstrc;
        systemd.user.services.dunst.Unit.X-Reload-Triggers = [
          config.xdg.configFile."dunst/dunstrc".source
        ];
      })
    ]
  );
}
