# programs.autojump: the `j` directory jumper, hooked into bash (the only
# shell module Hearth ships so far; zsh and fish hooks come with them).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.autojump;
in
{
  options.programs.autojump = {
    enable = lib.mkEnableOption "autojump";

    package = lib.mkPackageOption pkgs "autojump" { };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    programs.bash.initExtra = lib.mkIf cfg.enableBashIntegration (
      lib.mkBefore ''
        . ${cfg.package}/share/autojump/autojump.bash
      ''
    );
  };
}
