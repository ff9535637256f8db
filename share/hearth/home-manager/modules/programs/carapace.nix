# programs.carapace: carapace's completions sourced in bash, zsh and fish.
#
# Differs from Home Manager: with fish before 4.0 Home Manager also lists
# fish's own completion files (reading the fish package at evaluation
# time) and shadows each with an empty one under ~/.config/fish/completions
# so that carapace's win; Hearth does not read packages while evaluating,
# so that is left out.
#
# UNVERIFIED: written when Home Manager's module and tests could not be read
# (the session's lookup budget was spent); options and output follow a
# recollection of them. The cases in tests/modules pin this file's own
# output until they are checked against Home Manager's tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.carapace;

  carapace = lib.getExe' cfg.package "carapace";
in
{
  options.programs.carapace = {
    enable = lib.mkEnableOption "carapace, completions for many commands in many shells";

    package = lib.mkPackageOption pkgs "carapace" { };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    programs.bash.initExtra = lib.mkIf cfg.enableBashIntegration ''
      source <(${carapace} _carapace bash)
    '';

    programs.zsh.initContent = lib.mkIf cfg.enableZshIntegration ''
      source <(${carapace} _carapace zsh)
    '';

    programs.fish.interactiveShellInit = lib.mkIf cfg.enableFishIntegration ''
      ${carapace} _carapace fish | source
    '';
  };
}
