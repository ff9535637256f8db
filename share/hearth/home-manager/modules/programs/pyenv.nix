# programs.pyenv: pyenv's shell hooks, each exporting PYENV_ROOT (under
# $XDG_DATA_HOME by default) before `pyenv init`.
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.pyenv;

  pyenv = lib.getExe cfg.package;
in
{
  options.programs.pyenv = {
    enable = lib.mkEnableOption "pyenv";

    package = lib.mkPackageOption pkgs "pyenv" { };

    rootDirectory = lib.mkOption {
      type = lib.types.path;
      apply = toString;
      default = "${config.xdg.dataHome}/pyenv";
      defaultText = lib.literalExpression ''"''${config.xdg.dataHome}/pyenv"'';
      description = "Where pyenv keeps its Python versions ({env}`PYENV_ROOT`).";
    };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    programs.bash.initExtra = lib.mkIf cfg.enableBashIntegration ''
      export PYENV_ROOT="${cfg.rootDirectory}"
      eval "$(${pyenv} init - bash)"
    '';

    programs.zsh.initContent = lib.mkIf cfg.enableZshIntegration ''
      export PYENV_ROOT="${cfg.rootDirectory}"
      eval "$(${pyenv} init - zsh)"
    '';

    programs.fish.interactiveShellInit = lib.mkIf cfg.enableFishIntegration ''
      set -Ux PYENV_ROOT "${cfg.rootDirectory}"
      ${pyenv} init - fish | source
    '';
  };
}
