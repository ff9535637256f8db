# programs.opam: the OCaml package manager, and shell start-up lines that
# load opam's environment, only once opam has been initialised (its root,
# $OPAMROOT or ~/.opam, holds a config file), so a fresh home starts
# without errors. Home Manager's module and test behave so.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.opam;

  opam = "${cfg.package}/bin/opam";

  posixInit = shell: ''
    opam_root="''${OPAMROOT-$HOME/.opam}"
    if [ -f "$opam_root/config" ]; then
      eval "$(${opam} env --shell=${shell})"
    fi
    unset opam_root
  '';
in
{
  options.programs.opam = {
    enable = lib.mkEnableOption "Opam";

    package = lib.mkPackageOption pkgs "opam" { };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };

    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };

    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    programs.bash.initExtra = lib.mkIf cfg.enableBashIntegration (posixInit "bash");

    programs.zsh.initContent = lib.mkIf cfg.enableZshIntegration (posixInit "zsh");

    programs.fish.shellInit = lib.mkIf cfg.enableFishIntegration ''
      set -l opam_root "$HOME/.opam"
      if set -q OPAMROOT
        set opam_root "$OPAMROOT"
      end
      if test -f "$opam_root/config"
        eval (${opam} env --shell=fish)
      end
    '';
  };
}
