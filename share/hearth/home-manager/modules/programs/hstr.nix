# programs.hstr: the shell history browser, bound into bash and zsh by
# evaluating the configuration hstr prints for each.
#
# Checked against Home Manager's module; its tests were not in the index.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.hstr;

  hstr = "${cfg.package}/bin/hstr";
in
{
  options.programs.hstr = {
    enable = lib.mkEnableOption "hstr, a suggest box for bash and zsh history";

    package = lib.mkPackageOption pkgs "hstr" { };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    programs.bash.initExtra = lib.mkIf cfg.enableBashIntegration ''
      eval "$(${hstr} --show-configuration)"
    '';

    programs.zsh.initContent = lib.mkIf cfg.enableZshIntegration ''
      eval "$(${hstr} --show-zsh-configuration)"
    '';
  };
}
