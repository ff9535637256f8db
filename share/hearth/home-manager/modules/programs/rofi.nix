# programs.rofi: rofi's config.rasi (the `configuration` block from
# settings, then the theme), and a theme given as settings or a file
# under ~/.local/share/rofi/themes. Nothing is written while settings
# hold no value and no theme is chosen. Linux only.
#
# The options rofi's settings replaced (font, terminal, cycle, xoffset,
# yoffset, location, modes) still work, with a warning: they fill the
# matching setting unless settings give it, as in Home Manager;
# extraConfig is another name for settings.
#
# Differs from Home Manager: extraConfig is a plain alias (Home Manager
# overlays it onto settings key by key, which only matters when its
# definitions and settings' carry different priorities), and plugins need
# a package with `override` (Debian's rofi takes its plugins from
# separate packages: add them to home.packages).
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.rofi;
  opts = options.programs.rofi;

  isLiteral = v: builtins.isAttrs v && (v._type or "") == "literal";
  isSection = v: builtins.isAttrs v && !isLiteral v;
  nonNull = lib.filterAttrs (_: v: v != null);

  valueString =
    v:
    if builtins.isBool v then
      lib.boolToString v
    else if builtins.isInt v then
      toString v
    else if isLiteral v then
      v.value
    else if builtins.isString v then
      ''"${v}"''
    else if builtins.isList v then
      "[ ${lib.concatMapStringsSep "," valueString v} ]"
    else
      throw "programs.rofi: cannot write a ${builtins.typeOf v} in Rasi";

  # Entries inside a block, one per line; blocks nest.
  blockBody =
    attrs:
    lib.concatStringsSep "\n" (
      lib.mapAttrsToList (
        name: v: if isSection v then "${name} {\n${blockBody (nonNull v)}\n}" else "${name}: ${valueString v};"
      ) (nonNull attrs)
    );

  # A Rasi file: @theme and @import lines first (rofi wants them before
  # the blocks), then one block per selector, separated by blank lines.
  toRasi =
    attrs:
    let
      top =
        name: v: if isSection v then "${name} {\n${blockBody v}\n}\n" else "${name} ${valueString v}\n";
      special = lib.filter (n: attrs ? ${n}) [
        "@theme"
        "@import"
      ];
    in
    lib.concatStringsSep "\n" (
      map (n: top n attrs.${n}) special
      ++ lib.mapAttrsToList top (
        builtins.removeAttrs attrs [
          "@theme"
          "@import"
        ]
      )
    );

  literalType = types.submodule {
    options = {
      _type = mkOption {
        type = types.enum [ "literal" ];
        internal = true;
      };
      value = mkOption {
        type = types.str;
        internal = true;
      };
    };
  };

  atomType = types.oneOf [
    types.str
    types.int
    types.bool
    literalType
  ];
  valueType = types.either atomType (types.listOf atomType);
  sectionType = types.attrsOf valueType;

  themeName =
    if cfg.theme == null then
      null
    else if builtins.isString cfg.theme then
      cfg.theme
    else if builtins.isAttrs cfg.theme then
      "custom"
    else
      lib.removeSuffix ".rasi" (baseNameOf cfg.theme);

  settingsText = lib.optionalString (nonNull cfg.settings != { }) (toRasi {
    configuration = cfg.settings;
  });
  themeText = lib.optionalString (themeName != null) (toRasi {
    "@theme" = themeName;
  });

  locations = {
    center = 0;
    top-left = 1;
    top = 2;
    top-right = 3;
    right = 4;
    bottom-right = 5;
    bottom = 6;
    bottom-left = 7;
    left = 8;
  };

  # A former option counts when the user defined it; its value then fills
  # the setting at a priority below any plain settings definition.
  legacyDefined = name: opts.${name}.isDefined && opts.${name}.highestPrio < 1500;
  legacyRenamed = [
    "font"
    "terminal"
    "cycle"
    "xoffset"
    "yoffset"
  ];
  fromLegacy = value: lib.mkOverride 1400 value;

  renamedWarning =
    name:
    "The option `programs.rofi.${name}' defined in ${lib.showFiles opts.${name}.files} has been renamed to `programs.rofi.settings.${name}'.";
  changedWarning =
    name:
    "The option `programs.rofi.${name}' defined in ${lib.showFiles opts.${name}.files} has been changed to `programs.rofi.settings' that has a different type. Please read `programs.rofi.settings' documentation and update your configuration accordingly.";

  legacyOption =
    type:
    mkOption {
      type = types.nullOr type;
      default = null;
      visible = false;
      description = "Former option; use {option}`programs.rofi.settings` instead.";
    };
in
{
  imports = [
    (lib.mkRenamedOptionModule [ "programs" "rofi" "extraConfig" ] [ "programs" "rofi" "settings" ])
  ]
  ++
    map (o: lib.mkRemovedOptionModule [ "programs" "rofi" o ] "Please use a Rofi theme instead.")
      [
        "width"
        "lines"
        "borderWidth"
        "rowHeight"
        "padding"
        "separator"
        "scrollbar"
        "fullscreen"
        "colors"
      ];

  options.programs.rofi = {
    enable = lib.mkEnableOption "rofi, a window switcher and application launcher";

    package = lib.mkPackageOption pkgs "rofi" {
      example = "pkgs.rofi.override { plugins = [ pkgs.rofi-emoji ]; }";
    };

    finalPackage = mkOption {
      type = types.package;
      readOnly = true;
      description = "The rofi that is installed: the package, with the plugins when it can take them.";
    };

    plugins = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.rofi-calc ]";
      description = "Plugins built into rofi, through the package's `override`.";
    };

    theme = mkOption {
      type = types.nullOr (
        types.oneOf [
          types.str
          types.path
          (types.attrsOf (types.either sectionType types.str))
        ]
      );
      default = null;
      example = lib.literalExpression ''
        let
          inherit (config.lib.formats.rasi) mkLiteral;
        in
        {
          "*".background-color = mkLiteral "#000000";
          "#inputbar".children = map mkLiteral [ "prompt" "entry" ];
        }
      '';
      description = ''
        The theme: the name of an installed one, a `.rasi` file, or
        selectors and their properties (written to
        {file}`$XDG_DATA_HOME/rofi/themes/custom.rasi`). Values made with
        `config.lib.formats.rasi.mkLiteral` are written unquoted.
      '';
    };

    configPath = mkOption {
      type = types.nonEmptyStr;
      default = "${config.xdg.configHome}/rofi/config.rasi";
      defaultText = lib.literalExpression ''"''${config.xdg.configHome}/rofi/config.rasi"'';
      description = "Where the configuration file goes.";
    };

    settings = mkOption {
      type = types.submodule { freeformType = types.lazyAttrsOf (types.nullOr (types.either sectionType valueType)); };
      default = { };
      example = {
        modes = [
          "drun"
          "ssh"
        ];
        location = 2;
        "run,drun".display-name = "open:";
      };
      description = ''
        The `configuration` block of {file}`config.rasi`, with rofi's own
        names and values (see rofi(1)): numeric locations, `name:path` for
        script modes. An attribute set is a nested block; `null` leaves a
        setting out.
      '';
    };

    font = legacyOption types.str;
    terminal = legacyOption types.str;
    cycle = legacyOption types.bool;
    xoffset = legacyOption types.int;
    yoffset = legacyOption types.int;
    location = mkOption {
      type = types.enum (builtins.attrNames locations);
      default = "center";
      visible = false;
      description = "Former option; use {option}`programs.rofi.settings.location` (a number) instead.";
    };
    modes = mkOption {
      type = types.listOf (
        types.either types.str (
          types.submodule {
            options = {
              name = mkOption {
                type = types.str;
                description = "Name of the script mode in the mode list.";
              };
              path = mkOption {
                type = types.str;
                description = "Program implementing the mode.";
              };
            };
          }
        )
      );
      default = [ ];
      visible = false;
      description = "Former option; use {option}`programs.rofi.settings.modes` instead.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "programs.rofi" pkgs lib.platforms.linux) ];

    warnings =
      lib.optional (legacyDefined "modes") (changedWarning "modes")
      ++ lib.optional (legacyDefined "location") (changedWarning "location")
      ++ map renamedWarning (lib.filter legacyDefined legacyRenamed);

    lib.formats.rasi.mkLiteral = value: {
      _type = "literal";
      inherit value;
    };

    programs.rofi.finalPackage =
      if cfg.plugins != [ ] && cfg.package ? override then
        cfg.package.override (old: {
          plugins = (old.plugins or [ ]) ++ cfg.plugins;
        })
      else
        cfg.package;

    home.packages = [ cfg.finalPackage ];

    programs.rofi.settings = lib.mkMerge (
      map (name: lib.mkIf (legacyDefined name) { ${name} = fromLegacy cfg.${name}; }) legacyRenamed
      ++ [
        (lib.mkIf (legacyDefined "location") { location = fromLegacy locations.${cfg.location}; })
        (lib.mkIf (legacyDefined "modes") {
          modes = fromLegacy (
            if cfg.modes == [ ] then
              null
            else
              map (m: if builtins.isString m then m else "${m.name}:${m.path}") cfg.modes
          );
        })
      ]
    );

    home.file.${cfg.configPath} = lib.mkIf (settingsText != "" || themeText != "") {
      text = settingsText + themeText;
    };

    xdg.dataFile."rofi/themes/${toString themeName}.rasi" = lib.mkIf (
      themeName != null && !builtins.isString cfg.theme
    ) (if builtins.isAttrs cfg.theme then { text = toRasi cfg.theme; } else { source = cfg.theme; });
  };
}
