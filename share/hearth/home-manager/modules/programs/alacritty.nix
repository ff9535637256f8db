# programs.alacritty: ~/.config/alacritty/alacritty.toml from settings
# (written only when there are any), optionally importing a theme of the
# alacritty-theme collection, which is checked to exist when it is built.
# As in Home Manager, doubled backslashes in the TOML are made single so
# escapes such as `\x0c` in key bindings reach Alacritty unchanged.
#
# Differs from Home Manager: Debian 12 has no alacritty-theme, so
# `themePackage` defaults to null there and `theme` then needs one to be
# given. Debian's Alacritty (0.11) still reads only YAML; the TOML file is
# for 0.13 and later, as in Home Manager.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.alacritty;

  toml = pkgs.formats.toml { };

  # 0.14 moved `import` under `general`.
  importAtTop = cfg.package != null && lib.versionAtLeast (lib.getVersion cfg.package) "0.14";

  # Fails to build when the collection lacks the theme, rather than
  # leaving Alacritty with a dangling import.
  themeCollection =
    pkgs.runCommand "alacritty-theme-for-home-manager" { preferLocalBuild = true; }
      ''
        if [ ! -f ${cfg.themePackage}/share/alacritty-theme/${cfg.theme}.toml ]; then
          echo "error: alacritty theme '${cfg.theme}' does not exist"
          exit 1
        fi
        mkdir -p $out
        ln -s ${cfg.themePackage}/share $out/share
      '';

  themeFile = "${themeCollection}/share/alacritty-theme/${cfg.theme}.toml";
in
{
  options.programs.alacritty = {
    enable = lib.mkEnableOption "Alacritty, a GPU-accelerated terminal emulator";

    package = lib.mkPackageOption pkgs "alacritty" { nullable = true; };

    themePackage = lib.mkPackageOption pkgs "alacritty-theme" {
      nullable = true;
      default = if pkgs ? alacritty-theme then [ "alacritty-theme" ] else null;
    };

    theme = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "solarized_dark";
      description = ''
        Name of a theme of the alacritty-theme collection
        (<https://github.com/alacritty/alacritty-theme/tree/master/themes>)
        to import. For a theme of your own, set
        {option}`programs.alacritty.settings.general.import` or the
        colours in {option}`programs.alacritty.settings` instead.
      '';
    };

    settings = mkOption {
      inherit (toml) type;
      default = { };
      example = lib.literalExpression ''
        {
          window.dimensions = { lines = 3; columns = 200; };
          keyboard.bindings = [
            { key = "K"; mods = "Control"; chars = "\\u000c"; }
          ];
        }
      '';
      description = ''
        Contents of {file}`$XDG_CONFIG_HOME/alacritty/alacritty.toml`,
        read by Alacritty 0.13 and later; see
        <https://alacritty.org/config-alacritty.html>.
      '';
    };
  };

  config = mkIf cfg.enable {
    assertions = [
      {
        assertion = cfg.theme == null || cfg.themePackage != null;
        message = "programs.alacritty.theme needs programs.alacritty.themePackage, which Debian does not provide.";
      }
    ];

    home.packages = mkIf (cfg.package != null) [ cfg.package ];

    programs.alacritty.settings = mkIf (cfg.theme != null) (
      if importAtTop then { import = [ themeFile ]; } else { general.import = [ themeFile ]; }
    );

    xdg.configFile."alacritty/alacritty.toml" = mkIf (cfg.settings != { }) {
      text = builtins.replaceStrings [ "\\\\" ] [ "\\" ] (toml.generate "alacritty.toml" cfg.settings).text;
    };
  };
}
