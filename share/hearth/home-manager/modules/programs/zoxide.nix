# programs.zoxide: the `z` directory jumper's shell hooks. zoxide wants to
# be initialised after compinit in zsh (order 851) and at the very end of
# .bashrc (order 2000), or it warns on every shell.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.zoxide;

  init = shell: ''
    eval "$(${lib.getExe' cfg.package "zoxide"} init ${shell} ${lib.concatStringsSep " " cfg.options})"
  '';
in
{
  options.programs.zoxide = {
    enable = lib.mkEnableOption "zoxide";

    package = lib.mkPackageOption pkgs "zoxide" { };

    options = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [
        "--cmd"
        "j"
      ];
      description = "Arguments added to the {command}`zoxide init` call in each shell hook.";
    };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableNushellIntegration = lib.hm.shell.mkNushellIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    programs.bash.initExtra = lib.mkIf cfg.enableBashIntegration (lib.mkOrder 2000 (init "bash"));

    programs.zsh.initContent = lib.mkIf cfg.enableZshIntegration (lib.mkOrder 851 (init "zsh"));

    programs.fish.interactiveShellInit = lib.mkIf cfg.enableFishIntegration ''
      ${lib.getExe' cfg.package "zoxide"} init fish ${lib.concatStringsSep " " cfg.options} | source
    '';
  };
}
