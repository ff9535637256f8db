# programs.pqiv: $XDG_CONFIG_HOME/pqivrc, the INI of `settings` (booleans
# as 1 and 0, "key = value") followed by `extraConfig`; no file when both
# are empty. Linux only, as in Home Manager.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.pqiv;

  iniFormat = pkgs.formats.ini { };

  renderValue = v: if builtins.isBool v then (if v then "1" else "0") else toString v;

  settingsText = lib.generators.toINI {
    mkKeyValue = key: value: "${key} = ${renderValue value}";
  } cfg.settings;
in
{
  options.programs.pqiv = {
    enable = lib.mkEnableOption "pqiv image viewer";

    package = lib.mkPackageOption pkgs "pqiv" { };

    settings = lib.mkOption {
      type = iniFormat.type;
      default = { };
      example = lib.literalExpression ''
        {
          options = {
            lazy-load = true;
            hide-info-box = true;
            thumbnail-size = "256x256";
          };
        }
      '';
      description = ''
        Sections of {file}`$XDG_CONFIG_HOME/pqivrc`; the options are those of
        {manpage}`pqiv(1)`.
      '';
    };

    extraConfig = lib.mkOption {
      type = lib.types.lines;
      default = "";
      example = ''
        [keybindings]
        t { montage_mode_enter() }
      '';
      description = "Text added to {file}`$XDG_CONFIG_HOME/pqivrc` after {option}`settings`.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "programs.pqiv" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    xdg.configFile."pqivrc" = lib.mkIf (cfg.settings != { } || cfg.extraConfig != "") {
      text = lib.concatLines [
        settingsText
        cfg.extraConfig
      ];
    };
  };
}
