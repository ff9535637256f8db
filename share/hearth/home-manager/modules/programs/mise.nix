# programs.mise: mise's global config.toml and settings.toml under
# ~/.config/mise, and `mise activate` in each shell. Without a package
# there is nothing to activate: the hooks are left out, with a warning
# when integrations are on.
#
# UNVERIFIED: written when Home Manager's module and tests could not be read
# (the session's lookup budget was spent); options and output follow a
# recollection of them. The cases in tests/modules pin this file's own
# output until they are checked against Home Manager's tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.mise;

  tomlFormat = pkgs.formats.toml { };

  mise = lib.getExe' cfg.package "mise";

  anyIntegration = cfg.enableBashIntegration || cfg.enableZshIntegration || cfg.enableFishIntegration;
in
{
  options.programs.mise = {
    enable = lib.mkEnableOption "mise, a manager of development tool versions and environments";

    package = lib.mkPackageOption pkgs "mise" { nullable = true; };

    globalConfig = lib.mkOption {
      type = tomlFormat.type;
      default = { };
      example = {
        tools.node = "lts";
        tools.python = [
          "3.11"
          "3.12"
        ];
      };
      description = ''
        The global configuration, {file}`$XDG_CONFIG_HOME/mise/config.toml`;
        see <https://mise.jdx.dev/configuration.html>.
      '';
    };

    settings = lib.mkOption {
      type = tomlFormat.type;
      default = { };
      example = {
        experimental = true;
        disable_tools = [ "node" ];
      };
      description = ''
        Settings for {file}`$XDG_CONFIG_HOME/mise/settings.toml`; see
        <https://mise.jdx.dev/configuration/settings.html>.
      '';
    };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };
  };

  config = lib.mkIf cfg.enable {
    warnings = lib.optional (cfg.package == null && anyIntegration) ''
      programs.mise has shell integration enabled but no package
      (programs.mise.package is null); no shell hooks are added.'';

    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile = {
      "mise/config.toml" = lib.mkIf (cfg.globalConfig != { }) {
        source = tomlFormat.generate "mise-config" cfg.globalConfig;
      };
      "mise/settings.toml" = lib.mkIf (cfg.settings != { }) {
        source = tomlFormat.generate "mise-settings" cfg.settings;
      };
    };

    programs = lib.mkIf (cfg.package != null) {
      bash.initExtra = lib.mkIf cfg.enableBashIntegration ''
        eval "$(${mise} activate bash)"
      '';

      zsh.initContent = lib.mkIf cfg.enableZshIntegration ''
        eval "$(${mise} activate zsh)"
      '';

      fish.interactiveShellInit = lib.mkIf cfg.enableFishIntegration ''
        ${mise} activate fish | source
      '';
    };
  };
}
