# Blocks ordered by their DAG edges (ties by name), `Host *` last whatever
# its name sorts as, every per-block option, global overrides and includes.
{ lib, pkgs, ... }:
{
  programs.ssh = {
    enable = true;
    package = pkgs.openssh;
    enableDefaultConfig = false;
    extraOptionOverrides = {
      ConnectTimeout = "5";
      IdentitiesOnly = "yes";
    };
    includes = [
      "config.d/*"
      "other/dir"
    ];
    matchBlocks = {
      "*" = {
        addKeysToAgent = "yes";
        serverAliveInterval = 60;
        identitiesOnly = true;
        extraOptions.StrictHostKeyChecking = "accept-new";
      };

      abc = {
        identityFile = null;
        proxyJump = "jump-host";
      };

      xyz = {
        identityFile = "file";
        serverAliveInterval = 60;
        localForwards = [
          {
            bind.port = 8080;
            host.address = "10.0.0.1";
            host.port = 80;
          }
        ];
        remoteForwards = [
          {
            bind.port = 8081;
            host.address = "10.0.0.2";
            host.port = 80;
          }
          {
            bind.address = "/run/user/1000/gnupg/S.gpg-agent.extra";
            host.address = "/run/user/1000/gnupg/S.gpg-agent";
          }
        ];
        dynamicForwards = [ { port = 2839; } ];
      };

      "* !github.com" = {
        identityFile = [
          "file1"
          "file2"
        ];
        port = 516;
      };

      everything = lib.hm.dag.entryBefore [ "abc" ] {
        host = "every.example.org";
        port = 2222;
        forwardAgent = true;
        forwardX11 = true;
        forwardX11Trusted = true;
        identitiesOnly = true;
        user = "jane";
        hostname = "10.1.2.3";
        proxyCommand = "nc %h %p";
        addressFamily = "inet6";
        sendEnv = [
          "LANG"
          "LC_*"
        ];
        setEnv = {
          FOO = "bar";
          N = 1;
        };
        serverAliveCountMax = 5;
        compression = true;
        checkHostIP = false;
        hashKnownHosts = true;
        userKnownHostsFile = "~/.ssh/known_hosts2";
        controlMaster = "auto";
        controlPath = "~/.ssh/cm-%C";
        controlPersist = "10m";
        identityAgent = "~/.ssh/agent.sock";
        certificateFile = "~/.ssh/id-cert.pub";
        kexAlgorithms = [
          "curve25519-sha256"
          "diffie-hellman-group16-sha512"
        ];
        extraOptions.RequestTTY = "yes";
      };

      last = lib.hm.dag.entryAfter [ "xyz" ] { hostname = "last.example.org"; };
    };
    extraConfig = ''
      LogLevel ERROR
    '';
  };

  test.expected."home-files/.ssh/config" = ./match-blocks-expected.conf;
}
