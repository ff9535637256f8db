# programs.keychain: start (or reuse) ssh-agent/gpg-agent through keychain
# from each shell's startup file and the X session's, loading the listed
# keys. The nushell option exists but does nothing: Hearth has no nushell
# module.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.keychain;

  flags =
    cfg.extraFlags
    ++ lib.optional (cfg.agents != [ ]) "--agents ${lib.concatStringsSep "," cfg.agents}"
    ++ lib.optional (cfg.inheritType != null) "--inherit ${cfg.inheritType}";

  # keychain prints shell code setting SSH_AUTH_SOCK and friends.
  command = "${lib.getExe' cfg.package "keychain"} --eval ${lib.concatStringsSep " " flags} ${lib.concatStringsSep " " cfg.keys}";

  posixHook = ''
    eval "$(${command})"
  '';
in
{
  options.programs.keychain = {
    enable = lib.mkEnableOption "keychain, which keeps one ssh-agent and gpg-agent per login";

    package = lib.mkPackageOption pkgs "keychain" { };

    keys = mkOption {
      type = types.listOf types.str;
      default = [ "id_rsa" ];
      description = "Keys (file names under {file}`~/.ssh`, or GnuPG key ids) to load into the agents.";
    };

    agents = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "ssh"
        "gpg"
      ];
      description = "Agents to start, passed as `--agents`; empty leaves keychain's default.";
    };

    inheritType = mkOption {
      type = types.nullOr (
        types.enum [
          "local"
          "any"
          "local-once"
          "any-once"
        ]
      );
      default = null;
      description = "Which agent found in the environment keychain may adopt (`--inherit`).";
    };

    extraFlags = mkOption {
      type = types.listOf types.str;
      default = [ "--quiet" ];
      description = "Further command-line flags for keychain.";
    };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableNushellIntegration = lib.hm.shell.mkNushellIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };

    enableXsessionIntegration = mkOption {
      type = types.bool;
      default = true;
      visible = pkgs.stdenv.hostPlatform.isLinux;
      description = "Whether to run keychain from the X session's startup script.";
    };
  };

  config = mkIf cfg.enable {
    home.packages = [ cfg.package ];

    programs.bash.initExtra = mkIf cfg.enableBashIntegration posixHook;

    programs.fish.interactiveShellInit = mkIf cfg.enableFishIntegration ''
      eval (${command})
    '';

    programs.zsh.initContent = mkIf cfg.enableZshIntegration posixHook;

    xsession.initExtra = mkIf cfg.enableXsessionIntegration posixHook;
  };
}
