# gtk.gtk2: ~/.gtkrc-2.0 (or gtk2.configLocation), named by GTK2_RC_FILES.
# gtkrc lines are `key = value` with strings quoted, settings sorted by
# name, then the user's extra lines.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;

  cfg = config.gtk;
  cfg2 = cfg.gtk2;
  gtkLib = import ./lib.nix { inherit lib; };

  gtkrcLine =
    key: value:
    let
      shown =
        if lib.isBool value then
          lib.boolToString value
        else if lib.isString value then
          "\"${value}\""
        else
          toString value;
    in
    "${lib.escape [ "=" ] key} = ${shown}\n";

  inherited =
    name: type:
    mkOption {
      type = types.nullOr type;
      default = cfg.${name};
      defaultText = lib.literalExpression "config.gtk.${name}";
      description = "The ${name} of GTK 2 applications.";
    };
in
{
  options.gtk.gtk2 = {
    enable = lib.mkEnableOption "the GTK 2 configuration file" // {
      default = true;
    };

    force = lib.mkEnableOption "replacing an existing GTK 2 configuration file without a backup";

    font = inherited "font" lib.hm.types.fontType;
    theme = inherited "theme" (gtkLib.themeType {
      what = "theme";
      packageExample = "pkgs.gnome-themes-extra";
    });
    iconTheme = inherited "iconTheme" (gtkLib.themeType {
      what = "icon theme";
      packageExample = "pkgs.adwaita-icon-theme";
    });
    cursorTheme = inherited "cursorTheme" (gtkLib.themeType {
      what = "cursor theme";
      withSize = true;
      packageExample = "pkgs.vanilla-dmz";
      nameExample = "Vanilla-DMZ";
    });

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = "gtk-can-change-accels = 1";
      description = "Lines appended to the GTK 2 configuration file.";
    };

    configLocation = mkOption {
      type = types.path;
      default =
        if config.home.preferXdgDirectories then
          "${config.xdg.configHome}/gtk-2.0/gtkrc"
        else
          "${config.home.homeDirectory}/.gtkrc-2.0";
      defaultText = lib.literalExpression ''
        "''${config.xdg.configHome}/gtk-2.0/gtkrc" with home.preferXdgDirectories,
        else "''${config.home.homeDirectory}/.gtkrc-2.0"'';
      example = lib.literalExpression ''"''${config.xdg.configHome}/gtk-2.0/gtkrc"'';
      description = "Where the GTK 2 configuration file is written (GTK2_RC_FILES names it).";
    };
  };

  config = lib.mkIf (cfg.enable && cfg2.enable) {
    home.file.${cfg2.configLocation} = {
      text =
        let
          settings = gtkLib.settingsFor {
            version = 2;
            inherit (cfg2)
              font
              theme
              iconTheme
              cursorTheme
              ;
          };
        in
        lib.concatStrings (lib.mapAttrsToList gtkrcLine settings) + cfg2.extraConfig + "\n";
      inherit (cfg2) force;
    };

    home.sessionVariables.GTK2_RC_FILES = cfg2.configLocation;
  };
}
