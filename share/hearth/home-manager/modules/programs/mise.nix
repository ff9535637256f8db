# programs.mise: mise's global configuration (config.toml under
# ~/.config/mise, or a conf.d fragment when the main file is left for
# `mise use --global` to edit), and `mise activate` in each shell. Without
# a package there is nothing to activate: the hooks are left out, with a
# warning when integrations are on.
#
# Checked against Home Manager's module and tests. Left out: the nushell
# hook (Hearth ships no nushell module; the option exists and only feeds
# the warning and the version assertion).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.mise;

  tomlFormat = pkgs.formats.toml { };

  mise = lib.getExe cfg.package;

  # With a mutable config.toml, Home Manager's part moves into conf.d; the
  # prefix orders it among fragments the user adds.
  managedPath = if cfg.enableMutableConfig then "mise/conf.d/50-home-manager.toml" else "mise/config.toml";
  mutableDir = "${config.xdg.configHome}/mise";
  mutableFile = "${mutableDir}/config.toml";

  anyIntegration =
    cfg.enableBashIntegration
    || cfg.enableZshIntegration
    || cfg.enableFishIntegration
    || cfg.enableNushellIntegration;

  # mise 2026.9.0 and .1 emit a broken PATH prelude for nushell.
  brokenNushellMise =
    cfg.package != null
    && lib.versionAtLeast (lib.getVersion cfg.package) "2026.9.0"
    && lib.versionOlder (lib.getVersion cfg.package) "2026.9.2";

  # Completions with bash-completion's helpers bundled, generated once.
  bashCompletion = pkgs.runCommand "mise-bash-completion.bash" { } ''
    ${mise} completion bash --include-bash-completion-lib > $out
  '';
in
{
  imports = [
    (lib.mkRenamedOptionModule
      [ "programs" "mise" "settings" ]
      [ "programs" "mise" "globalConfig" "settings" ]
    )
  ];

  options.programs.mise = {
    enable = lib.mkEnableOption "mise";

    package = lib.mkPackageOption pkgs "mise" { nullable = true; };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };
    enableNushellIntegration = lib.hm.shell.mkNushellIntegrationOption { inherit config; };

    enableMutableConfig = lib.mkOption {
      type = lib.types.bool;
      default = false;
      example = true;
      description = ''
        Leave {file}`$XDG_CONFIG_HOME/mise/config.toml` to mise (an empty
        one is created at activation) and write
        {option}`programs.mise.globalConfig` to
        {file}`$XDG_CONFIG_HOME/mise/conf.d/50-home-manager.toml` instead.
      '';
    };

    globalConfig = lib.mkOption {
      type = tomlFormat.type;
      default = { };
      example = {
        settings.experimental = true;
        tools.node = "lts";
        tools.python = [
          "3.10"
          "3.11"
        ];
      };
      description = ''
        The global configuration, {file}`$XDG_CONFIG_HOME/mise/config.toml`
        (or the conf.d fragment with
        {option}`programs.mise.enableMutableConfig`); see
        <https://mise.jdx.dev/configuration.html>.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      {
        assertion = !(cfg.enableNushellIntegration && brokenNushellMise);
        message = "programs.mise: Nushell integration with mise 2026.9.0 or 2026.9.1 has a broken PATH prelude; upgrade mise to 2026.9.2 or newer.";
      }
    ];

    warnings = lib.optional (cfg.package == null && anyIntegration) ''
      You have enabled shell integration for `mise` but have not set `package`.

      The shell integration will not be added.
    '';

    # The completions run `usage` when completing; Hearth's package sets
    # may not have it, so it comes along only where it exists.
    home.packages = lib.mkIf (cfg.package != null) (
      [ cfg.package ] ++ lib.optional (pkgs ? usage) pkgs.usage
    );

    home.activation.miseMutableConfig = lib.mkIf cfg.enableMutableConfig (
      lib.hm.dag.entryAfter [ "linkGeneration" ] ''
        if [[ ! -e ${lib.escapeShellArg mutableFile} && ! -L ${lib.escapeShellArg mutableFile} ]]; then
          run mkdir -p ${lib.escapeShellArg mutableDir}
          run touch ${lib.escapeShellArg mutableFile}
        fi
      ''
    );

    xdg.configFile.${managedPath} = lib.mkIf (cfg.globalConfig != { }) {
      source = tomlFormat.generate "mise-config" cfg.globalConfig;
    };

    programs = lib.mkIf (cfg.package != null) {
      bash.initExtra = lib.mkIf cfg.enableBashIntegration ''
        eval "$(${mise} activate bash)"
        source ${bashCompletion}
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
