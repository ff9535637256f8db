# programs.micro: ~/.config/micro/settings.json and bindings.json, both
# always written (an empty object when nothing is set), as Home Manager
# does.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.micro;

  jsonFormat = pkgs.formats.json { };
in
{
  options.programs.micro = {
    enable = lib.mkEnableOption "micro, a terminal text editor";

    package = lib.mkPackageOption pkgs "micro" { nullable = true; };

    settings = lib.mkOption {
      type = jsonFormat.type;
      default = { };
      example = {
        tabsize = 4;
        cursorline = false;
      };
      description = ''
        Options for {file}`$XDG_CONFIG_HOME/micro/settings.json`; see
        <https://github.com/zyedidia/micro/blob/master/runtime/help/options.md>.
      '';
    };

    bindings = lib.mkOption {
      type = jsonFormat.type;
      default = { };
      example = {
        "Ctrl-y" = "Undo";
      };
      description = ''
        Key bindings for {file}`$XDG_CONFIG_HOME/micro/bindings.json`, key
        to action; see
        <https://github.com/zyedidia/micro/blob/master/runtime/help/keybindings.md>.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile = {
      "micro/settings.json".source = jsonFormat.generate "micro-settings" cfg.settings;
      "micro/bindings.json".source = jsonFormat.generate "micro-bindings" cfg.bindings;
    };
  };
}
