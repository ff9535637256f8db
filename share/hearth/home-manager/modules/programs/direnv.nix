# programs.direnv: the direnv hook for bash, zsh and fish, direnv.toml
# from `config` (with `silent` folded in), the user's stdlib as direnvrc,
# and the nix-direnv and mise libraries under direnv/lib. The nushell hook
# comes with a nushell module, which Hearth does not ship yet.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.direnv;

  tomlFormat = pkgs.formats.toml { };

  direnvExe = lib.getExe' cfg.package "direnv";
in
{
  meta.maintainers = [ lib.maintainers.rycee ];

  imports = [
    (lib.mkRenamedOptionModule
      [ "programs" "direnv" "enableNixDirenvIntegration" ]
      [ "programs" "direnv" "nix-direnv" "enable" ]
    )
  ];

  options.programs.direnv = {
    enable = lib.mkEnableOption "direnv, which loads and unloads per-directory environments";

    package = lib.mkPackageOption pkgs "direnv" { };

    config = mkOption {
      type = tomlFormat.type;
      default = { };
      description = ''
        Settings for {file}`$XDG_CONFIG_HOME/direnv/direnv.toml`, in the
        shape described by {manpage}`direnv.toml(1)`.
      '';
    };

    stdlib = mkOption {
      type = types.lines;
      default = "";
      description = ''
        Shell code for {file}`$XDG_CONFIG_HOME/direnv/direnvrc`, which
        direnv loads before every {file}`.envrc`; a place for your own
        helper functions.
      '';
    };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableNushellIntegration = lib.hm.shell.mkNushellIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };

    nix-direnv = {
      enable = lib.mkEnableOption ''
        [nix-direnv](https://github.com/nix-community/nix-direnv), which
        replaces `use nix` and `use flake` with versions that cache the
        environment'';

      package = lib.mkPackageOption pkgs "nix-direnv" { };
    };

    mise = {
      enable = lib.mkEnableOption ''
        the `use mise` function of
        [mise](https://mise.jdx.dev/direnv.html) in {file}`.envrc` files'';

      package = lib.mkPackageOption pkgs "mise" { };
    };

    silent = lib.mkEnableOption "quiet operation: direnv prints no log lines when it loads or unloads";
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        home.packages = [ cfg.package ];

        xdg.configFile."direnv/direnv.toml" = mkIf (cfg.config != { }) {
          source = tomlFormat.generate "direnv-config" cfg.config;
        };

        xdg.configFile."direnv/lib/hm-nix-direnv.sh" = mkIf cfg.nix-direnv.enable {
          source = "${cfg.nix-direnv.package}/share/nix-direnv/direnvrc";
        };

        xdg.configFile."direnv/lib/hm-mise.sh" = mkIf cfg.mise.enable {
          text = ''
            eval "$(${lib.getExe' cfg.mise.package "mise"} direnv activate)"
          '';
        };

        xdg.configFile."direnv/direnvrc" = mkIf (cfg.stdlib != "") { text = cfg.stdlib; };

        # Last, so the hook sees any prompt changes made before it.
        programs.bash.initExtra = mkIf cfg.enableBashIntegration (
          lib.mkAfter ''
            eval "$(${direnvExe} hook bash)"
          ''
        );

        programs.zsh.initContent = mkIf cfg.enableZshIntegration (
          lib.mkAfter ''
            eval "$(${direnvExe} hook zsh)"
          ''
        );

        programs.fish.interactiveShellInit = mkIf cfg.enableFishIntegration (
          lib.mkAfter ''
            ${direnvExe} hook fish | source
          ''
        );
      }

      (mkIf cfg.silent {
        programs.direnv.config.global = {
          log_format = lib.mkDefault "-";
          log_filter = lib.mkDefault "^$";
        };
      })
    ]
  );
}
