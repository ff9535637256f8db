# programs.navi: navi's config.yaml ($XDG_CONFIG_HOME/navi, or
# ~/Library/Application Support/navi on Darwin without xdg.enable) and its
# Ctrl-G widget in each shell. bash and zsh load the widget only where line editing is on.
#
# Checked against Home Manager's module (its tests are not in the index
# Hearth's authors could read; the cases here pin this module's output).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.navi;

  yamlFormat = pkgs.formats.yaml { };

  navi = "${cfg.package}/bin/navi";

  configDir =
    if pkgs.stdenv.hostPlatform.isDarwin && !config.xdg.enable then
      "Library/Application Support"
    else
      config.xdg.configHome;
in
{
  options.programs.navi = {
    enable = lib.mkEnableOption "navi, an interactive cheatsheet tool";

    package = lib.mkPackageOption pkgs "navi" { };

    settings = lib.mkOption {
      type = yamlFormat.type;
      default = { };
      example = {
        cheats.paths = [ "~/cheats/" ];
      };
      description = ''
        Settings of navi's {file}`config.yaml`; see
        <https://github.com/denisidoro/navi/blob/master/docs/configuration/README.md>.
      '';
    };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    programs.bash.initExtra = lib.mkIf cfg.enableBashIntegration ''
      if [[ :$SHELLOPTS: =~ :(vi|emacs): ]]; then
        eval "$(${navi} widget bash)"
      fi
    '';

    programs.zsh.initContent = lib.mkIf cfg.enableZshIntegration ''
      if [[ $options[zle] = on ]]; then
        eval "$(${navi} widget zsh)"
      fi
    '';

    programs.fish.shellInit = lib.mkIf cfg.enableFishIntegration ''
      ${navi} widget fish | source
    '';

    home.file."${configDir}/navi/config.yaml" = lib.mkIf (cfg.settings != { }) {
      source = yamlFormat.generate "navi-config" cfg.settings;
    };
  };
}
