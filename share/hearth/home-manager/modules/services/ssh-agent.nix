# services.ssh-agent: OpenSSH's agent as a systemd user service listening
# on $XDG_RUNTIME_DIR/<socket>, and SSH_AUTH_SOCK pointing there in login
# shells when nothing set it before. Linux only (no launchd agent here).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.services.ssh-agent;

  agentArgs = lib.concatStringsSep " " (
    [
      "-D"
      "-a"
      "%t/${cfg.socket}"
    ]
    ++ lib.optionals (cfg.defaultMaximumIdentityLifetime != null) [
      "-t"
      (toString cfg.defaultMaximumIdentityLifetime)
    ]
    ++ lib.optionals (cfg.pkcs11Whitelist != [ ]) [
      "-P"
      (lib.escapeShellArg (lib.concatStringsSep "," cfg.pkcs11Whitelist))
    ]
  );
in
{

  options.services.ssh-agent = {
    enable = lib.mkEnableOption "OpenSSH private key agent";

    package = lib.mkPackageOption pkgs "openssh" { };

    socket = mkOption {
      type = types.str;
      default = "ssh-agent";
      example = "ssh/agent.sock";
      description = "Path of the agent's socket, relative to {env}`XDG_RUNTIME_DIR`.";
    };

    defaultMaximumIdentityLifetime = mkOption {
      type = types.nullOr types.ints.positive;
      default = null;
      example = 28800;
      description = ''
        Seconds an added key stays in the agent unless `ssh-add -t` says
        otherwise (ssh-agent's `-t`); `null` keeps keys until removed.
      '';
    };

    pkcs11Whitelist = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so" ];
      description = ''
        Patterns of PKCS#11 provider libraries the agent may load
        (ssh-agent's `-P`); empty keeps ssh-agent's default.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.ssh-agent" pkgs lib.platforms.linux) ];

    home.sessionVariablesExtra = ''
      if [ -z "$SSH_AUTH_SOCK" ]; then
        export SSH_AUTH_SOCK=$XDG_RUNTIME_DIR/${cfg.socket}
      fi
    '';

    systemd.user.services.ssh-agent = {
      Install.WantedBy = [ "default.target" ];
      Unit = {
        Description = "SSH authentication agent";
        Documentation = "man:ssh-agent(1)";
      };
      Service = {
        ExecStart = "${lib.getExe' cfg.package "ssh-agent"} ${agentArgs}";
        # ssh-agent exits with 2 when stopped by a signal.
        SuccessExitStatus = 2;
      };
    };
  };
}
