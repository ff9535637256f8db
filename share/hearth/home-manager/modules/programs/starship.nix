# programs.starship: starship.toml from `settings` (through
# pkgs.formats.toml), STARSHIP_CONFIG when it lives elsewhere, and the
# prompt hook for bash and zsh, skipped on dumb terminals. Presets and the
# ion and nushell hooks are not provided.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.starship;

  tomlFormat = pkgs.formats.toml { };

  defaultConfigPath = "${config.xdg.configHome}/starship.toml";

  starshipExe = lib.getExe' cfg.package "starship";

  fishInit = ''
    if test "$TERM" != "dumb"
      ${starshipExe} init fish | source
      ${lib.optionalString cfg.enableTransience "enable_transience"}
    end
  '';
in
{
  options.programs.starship = {
    enable = lib.mkEnableOption "starship";

    package = lib.mkPackageOption pkgs "starship" { };

    settings = mkOption {
      type = tomlFormat.type;
      default = { };
      example = lib.literalExpression ''
        {
          command_timeout = 800;
          directory.truncation_length = 2;
          git_status.disabled = true;
          character.success_symbol = "[>](bold blue)";
        }
      '';
      description = ''
        Prompt settings, rendered as TOML to
        {option}`programs.starship.configPath`. The keys are those
        documented at <https://starship.rs/config/>.
      '';
    };

    configPath = mkOption {
      type = types.str;
      default = defaultConfigPath;
      defaultText = lib.literalExpression ''"''${config.xdg.configHome}/starship.toml"'';
      example = lib.literalExpression ''"''${config.xdg.configHome}/starship/config.toml"'';
      description = ''
        Where the configuration file is written; a path other than the
        default is passed to starship through `STARSHIP_CONFIG`.
      '';
    };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableIonIntegration = lib.hm.shell.mkIonIntegrationOption { inherit config; };
    enableNushellIntegration = lib.hm.shell.mkNushellIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };

    enableInteractive = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Start the prompt only in interactive sessions; otherwise it starts
        at the end of every fish's {file}`config.fish`. Fish only.
      '';
    };

    enableTransience = lib.mkEnableOption ''
      the transient prompt, which collapses earlier prompts once a
      command runs (fish only)'';
  };

  config = mkIf cfg.enable {
    home.packages = [ cfg.package ];

    home.file.${cfg.configPath} = mkIf (cfg.settings != { }) {
      source = tomlFormat.generate "starship-config" cfg.settings;
    };

    home.sessionVariables.STARSHIP_CONFIG = mkIf (cfg.configPath != defaultConfigPath) cfg.configPath;

    programs.bash.initExtra = mkIf cfg.enableBashIntegration ''
      if [[ $TERM != "dumb" ]]; then
        eval "$(${starshipExe} init bash --print-full-init)"
      fi
    '';

    programs.zsh.initContent = mkIf cfg.enableZshIntegration ''
      if [[ $TERM != "dumb" ]]; then
        eval "$(${starshipExe} init zsh)"
      fi
    '';

    # Some fish plugins need the prompt in non-interactive shells too.
    programs.fish.interactiveShellInit = mkIf (cfg.enableFishIntegration && cfg.enableInteractive) fishInit;
    programs.fish.shellInitLast = mkIf (cfg.enableFishIntegration && !cfg.enableInteractive) fishInit;
  };
}
