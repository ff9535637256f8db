# programs.autojump: the `j` directory jumper, hooked into bash and fish
# (the zsh hook comes later).
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
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    programs.bash.initExtra = lib.mkIf cfg.enableBashIntegration (
      lib.mkBefore ''
        . ${cfg.package}/share/autojump/autojump.bash
      ''
    );

    programs.fish.interactiveShellInit = lib.mkIf cfg.enableFishIntegration ''
      . ${cfg.package}/share/autojump/autojump.fish
    '';
  };
}
