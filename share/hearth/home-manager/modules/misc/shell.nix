# home.shell.enable*Integration: the defaults every program's per-shell
# integration option starts from.
{ config, lib, ... }:

let
  mkShellOption =
    shell:
    lib.mkOption {
      type = lib.types.bool;
      default = config.home.shell.enableShellIntegration;
      defaultText = lib.literalExpression "config.home.shell.enableShellIntegration";
      example = false;
      description = "Whether to enable ${shell} integration in the modules that offer it.";
    };
in
{
  options.home.shell = {
    enableShellIntegration = lib.mkOption {
      type = lib.types.bool;
      default = true;
      example = false;
      description = ''
        Whether to globally enable shell integration for all supported
        shells. Individual shell integrations can be overridden with their
        respective `home.shell.enable<SHELL>Integration` option.
      '';
    };
    enableBashIntegration = mkShellOption "Bash";
    enableFishIntegration = mkShellOption "Fish";
    enableIonIntegration = mkShellOption "Ion";
    enableNushellIntegration = mkShellOption "Nushell";
    enableZshIntegration = mkShellOption "Zsh";
  };

  config.lib.shell = lib.hm.shell;
}
