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
      description = "Default for every program's `enable${shell}Integration` option.";
    };
in
{
  options.home.shell = {
    enableShellIntegration = lib.mkOption {
      type = lib.types.bool;
      default = true;
      example = false;
      description = ''
        Default for the per-shell `home.shell.enable<SHELL>Integration`
        options, and through them for each program's shell hooks. Turn it
        off to opt in program by program instead.
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
