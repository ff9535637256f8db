# xdg.desktopEntries: one share/applications/<name>.desktop per entry, in
# home.packages at high priority so it wins over a package's own file of
# the same name. The file is laid out as nixpkgs' makeDesktopItem lays it
# out (Hearth's package set has no makeDesktopItem, so it is rendered
# here): the [Desktop Entry] keys sorted by name, then one
# [Desktop Action <id>] section per action.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  # The Desktop Entry Specification version the layout follows.
  specVersion = "1.5";

  action =
    { name, ... }:
    {
      options = {
        name = mkOption {
          type = types.str;
          default = name;
          defaultText = lib.literalExpression "<name>";
          description = "Label of the action.";
        };
        exec = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "Command line the action runs.";
        };
        icon = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "Icon shown for the action.";
        };
      };
    };

  nullOr =
    t: default: description:
    mkOption {
      type = types.nullOr t;
      inherit default description;
    };

  entry = {
    imports = [
      (lib.mkRemovedOptionModule [
        "extraConfig"
      ] "The `extraConfig` option of `xdg.desktopEntries` has been removed following a change in Nixpkgs.")
      (lib.mkRemovedOptionModule [ "fileValidation" ] "Validation of the desktop file is always enabled.")
    ];

    options = {
      type = mkOption {
        type = types.enum [
          "Application"
          "Link"
          "Directory"
        ];
        default = "Application";
        description = "Kind of entry (`Type`).";
      };
      exec = nullOr types.str null "Command line to run (`Exec`).";
      icon = nullOr types.str null "Icon for menus and launchers (`Icon`).";
      comment = nullOr types.str null "Tooltip text (`Comment`).";
      terminal = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the program runs in a terminal (`Terminal`).";
      };
      name = mkOption {
        type = types.str;
        description = "Name shown for the application (`Name`).";
      };
      genericName = nullOr types.str null "Generic name, such as \"Web Browser\" (`GenericName`).";
      mimeType = nullOr (types.listOf types.str) null "MIME types the application opens (`MimeType`).";
      categories = nullOr (types.listOf types.str) null "Menu categories (`Categories`).";
      startupNotify =
        nullOr types.bool null
          "Whether the application signals startup completion (`StartupNotify`); `null` leaves it unsaid.";
      noDisplay = nullOr types.bool null "Whether to hide the entry from menus (`NoDisplay`).";
      prefersNonDefaultGPU =
        nullOr types.bool null
          "Whether the application would rather run on a discrete GPU (`PrefersNonDefaultGPU`).";
      settings = mkOption {
        type = types.attrsOf types.str;
        default = { };
        example = lib.literalExpression ''
          {
            Keywords = "calc;math";
            DBusActivatable = "false";
          }
        '';
        description = ''
          More keys for the `[Desktop Entry]` section, written as given;
          they replace keys of the same name.
        '';
      };
      actions = mkOption {
        type = types.attrsOf (types.submodule action);
        default = { };
        example = lib.literalExpression ''
          {
            "New Window".exec = "''${pkgs.firefox}/bin/firefox --new-window %u";
          }
        '';
        description = "Extra actions launchers offer, by action id.";
      };
      # mkRemovedOptionModule reports through assertions; they are gathered
      # into the top-level ones.
      assertions = mkOption {
        type = types.listOf types.unspecified;
        default = [ ];
        visible = false;
        internal = true;
      };
    };
  };

  # Keys with a null value are left out; lists are joined by semicolons.
  renderSection =
    title: keys:
    let
      lines = lib.filter (l: l != null) (
        lib.mapAttrsToList (k: v: if v == null then null else "${k}=${v}") keys
      );
    in
    ''
      [${title}]
      ${lib.concatStringsSep "\n" lines}
    '';

  flag = b: if b == null then null else lib.boolToString b;
  list =
    what: xs:
    if lib.any (lib.hasInfix ";") xs then
      throw "xdg.desktopEntries: values in ${what} must not contain semicolons"
    else if xs == [ ] then
      null
    else
      lib.concatStringsSep ";" xs;

  render =
    e:
    let
      main = {
        Type = e.type;
        Version = specVersion;
        Name = e.name;
        GenericName = e.genericName;
        NoDisplay = flag e.noDisplay;
        Comment = e.comment;
        Icon = e.icon;
        Exec = e.exec;
        Terminal = flag e.terminal;
        Actions = list "actions" (lib.attrNames e.actions);
        MimeType = list "mimeType" (lib.optionals (e.mimeType != null) e.mimeType);
        Categories = list "categories" (lib.optionals (e.categories != null) e.categories);
        StartupNotify = flag e.startupNotify;
        PrefersNonDefaultGPU = flag e.prefersNonDefaultGPU;
      }
      // e.settings;
      actionSection =
        id: a:
        renderSection "Desktop Action ${id}" {
          Name = a.name;
          Icon = a.icon;
          Exec = a.exec;
        };
    in
    lib.concatStringsSep "\n" (
      [ (renderSection "Desktop Entry" main) ] ++ lib.mapAttrsToList actionSection e.actions
    );

  desktopFile =
    name: e:
    let
      file = "${name}.${if e.type == "Directory" then "directory" else "desktop"}";
    in
    pkgs.writeTextFile {
      name = file;
      destination = "/share/applications/${file}";
      text = render e;
    };

  cfg = config.xdg.desktopEntries;
in
{
  meta.maintainers = [ ];

  options.xdg.desktopEntries = mkOption {
    type = types.attrsOf (types.submodule entry);
    default = { };
    example = lib.literalExpression ''
      {
        firefox = {
          name = "Firefox";
          genericName = "Web Browser";
          exec = "firefox %U";
          terminal = false;
          categories = [ "Application" "Network" "WebBrowser" ];
          mimeType = [ "text/html" "text/xml" ];
        };
      }
    '';
    description = ''
      Desktop entries to add or to replace a package's own, by file name
      (without `.desktop`). The keys are those of the Desktop Entry
      Specification.
    '';
  };

  config = lib.mkIf (cfg != { }) {
    assertions = [
      (lib.hm.assertions.assertPlatform "xdg.desktopEntries" pkgs lib.platforms.linux)
    ]
    ++ lib.flatten (lib.catAttrs "assertions" (lib.attrValues cfg));

    home.packages = lib.mapAttrsToList (name: e: lib.hiPrio (desktopFile name e)) cfg;
  };
}
