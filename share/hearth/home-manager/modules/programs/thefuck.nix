# programs.thefuck: the `fuck` command, defined by `thefuck --alias` in
# bash and zsh and as a function file in fish (thefuck's fish alias,
# spelled out so fish need not start Python on every shell). The nushell
# alias comes with a nushell module, which Hearth does not ship.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf;

  cfg = config.programs.thefuck;

  exe = lib.getExe' cfg.package "thefuck";

  aliasArgs = lib.cli.toGNUCommandLineShell { } {
    alias = true;
    enable-experimental-instant-mode = cfg.enableInstantMode;
  };

  posixHook = ''
    eval "$(${exe} ${aliasArgs})"
  '';
in
{
  options.programs.thefuck = {
    enable = lib.mkEnableOption "thefuck, which corrects the previous command";

    package = lib.mkPackageOption pkgs "thefuck" { };

    enableInstantMode = lib.mkEnableOption "thefuck's experimental instant mode (bash and zsh)";

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableNushellIntegration = lib.hm.shell.mkNushellIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };
  };

  config = mkIf cfg.enable {
    home.packages = [ cfg.package ];

    programs.bash.initExtra = mkIf cfg.enableBashIntegration posixHook;

    programs.zsh.initContent = mkIf cfg.enableZshIntegration posixHook;

    # Re-runs the corrected command and swaps it for the mistake in history.
    programs.fish.functions.fuck = mkIf cfg.enableFishIntegration {
      description = "Correct your previous console command";
      body = ''
        set -l fucked_up_command $history[1]
        env TF_SHELL=fish TF_ALIAS=fuck PYTHONIOENCODING=utf-8 ${exe} $fucked_up_command THEFUCK_ARGUMENT_PLACEHOLDER $argv | read -l unfucked_command
        if [ "$unfucked_command" != "" ]
          eval $unfucked_command
          builtin history delete --exact --case-sensitive -- $fucked_up_command
          builtin history merge
        end
      '';
    };
  };
}
