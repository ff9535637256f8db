# programs.ssh: writes ~/.ssh/config as Home Manager 25.11 does: global
# overrides and includes first, then the match blocks in DAG order, then
# the `Host *` block (ssh takes the first value it meets, so the catch-all
# must come last) followed by the indented extraConfig. Home Manager's
# later RFC 42 `settings` option is not provided.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib)
    concatStringsSep
    literalExpression
    mkOption
    optional
    types
    ;

  cfg = config.programs.ssh;

  yesNo = lib.hm.booleans.yesNo;

  isPath = x: builtins.substring 0 1 (toString x) == "/";

  # A socket path stands alone; a network address carries its port.
  addressPort =
    entry: if isPath entry.address then " ${entry.address}" else " [${entry.address}]:${toString entry.port}";

  # A single string or null is accepted where a list is meant.
  stringOrList =
    description:
    mkOption {
      type = types.either (types.listOf types.str) (types.nullOr types.str);
      default = [ ];
      apply =
        p:
        if p == null then
          [ ]
        else if builtins.isString p then
          [ p ]
        else
          p;
      inherit description;
    };

  nullOrOption =
    type: description:
    mkOption {
      type = types.nullOr type;
      default = null;
      inherit description;
    };

  bindOptions = {
    address = mkOption {
      type = types.str;
      default = "localhost";
      example = "example.org";
      description = "The address where to bind the port.";
    };

    port = mkOption {
      type = types.nullOr types.port;
      default = null;
      example = 8080;
      description = "Specifies port number to bind on bind address.";
    };
  };

  dynamicForwardModule = types.submodule { options = bindOptions; };

  forwardModule = types.submodule {
    options = {
      bind = bindOptions;

      host = {
        address = mkOption {
          type = types.nullOr types.str;
          default = null;
          example = "example.org";
          description = "The address where to forward the traffic to.";
        };

        port = mkOption {
          type = types.nullOr types.port;
          default = null;
          example = 80;
          description = "Specifies port number to forward the traffic to.";
        };
      };
    };
  };

  forwardsOption =
    kind:
    mkOption {
      type = types.listOf forwardModule;
      default = [ ];
      example = literalExpression ''
        [
          {
            bind.port = 8080;
            host.address = "10.0.0.13";
            host.port = 80;
          }
        ];
      '';
      description = "Specify ${kind} port forwardings. See {manpage}`ssh_config(5)`.";
    };

  matchBlockModule = types.submodule {
    options = {
      host = nullOrOption types.str ''
        `Host` pattern used by this conditional block.
        See {manpage}`ssh_config(5)` for `Host` block details.
        This option is ignored if {option}`ssh.matchBlocks.*.match`
        if defined. Defaults to the block's name.
      '';

      match = nullOrOption types.str ''
        `Match` block conditions used by this block. See
        {manpage}`ssh_config(5)` for `Match` block details.
        This option takes precedence over
        {option}`ssh.matchBlocks.*.host`
        if defined.
      '';

      port = nullOrOption types.port "Specifies port number to connect on remote host.";

      forwardAgent = nullOrOption types.bool ''
        Whether the connection to the authentication agent (if any)
        will be forwarded to the remote machine.
      '';

      forwardX11 = mkOption {
        type = types.bool;
        default = false;
        description = ''
          Specifies whether X11 connections will be automatically redirected
          over the secure channel and {env}`DISPLAY` set.
        '';
      };

      forwardX11Trusted = mkOption {
        type = types.bool;
        default = false;
        description = ''
          Specifies whether remote X11 clients will have full access to the
          original X11 display.
        '';
      };

      identitiesOnly = mkOption {
        type = types.bool;
        default = false;
        description = ''
          Specifies that ssh should only use the authentication
          identity explicitly configured in the
          {file}`~/.ssh/config` files or passed on the
          ssh command-line, even if {command}`ssh-agent`
          offers more identities.
        '';
      };

      identityFile = stringOrList ''
        Specifies files from which the user identity is read.
        Identities will be tried in the given order.
      '';

      identityAgent = stringOrList ''
        Specifies the location of the ssh identity agent.
      '';

      user = nullOrOption types.str "Specifies the user to log in as.";

      hostname = nullOrOption types.str "Specifies the real host name to log into.";

      serverAliveInterval = nullOrOption types.int "Set timeout in seconds after which response will be requested.";

      serverAliveCountMax = nullOrOption types.ints.positive ''
        Sets the number of server alive messages which may be sent
        without SSH receiving any messages back from the server.
      '';

      sendEnv = mkOption {
        type = types.listOf types.str;
        default = [ ];
        description = ''
          Environment variables to send from the local host to the
          server.
        '';
      };

      setEnv = mkOption {
        type = types.attrsOf (
          types.oneOf [
            types.str
            types.path
            types.int
            types.float
          ]
        );
        default = { };
        description = ''
          Environment variables and their value to send to the server.
        '';
      };

      compression = nullOrOption types.bool ''
        Specifies whether to use compression. Omitted from the host
        block when `null`.
      '';

      checkHostIP = mkOption {
        type = types.bool;
        default = true;
        description = ''
          Check the host IP address in the
          {file}`known_hosts` file.
        '';
      };

      proxyCommand = nullOrOption types.str "The command to use to connect to the server.";

      proxyJump = nullOrOption types.str "The proxy host to use to connect to the server.";

      certificateFile = stringOrList ''
        Specifies files from which the user certificate is read.
      '';

      addressFamily = nullOrOption (types.enum [
        "any"
        "inet"
        "inet6"
      ]) "Specifies which address family to use when connecting.";

      addKeysToAgent = nullOrOption types.str ''
        When enabled, a private key that is used during authentication will be
        added to ssh-agent if it is running (with confirmation enabled if
        set to 'confirm'). The argument must be 'no' (the default), 'yes', 'confirm'
        (optionally followed by a time interval), 'ask' or a time interval (e.g. '1h').
      '';

      hashKnownHosts = nullOrOption types.bool ''
        Indicates that {manpage}`ssh(1)` should hash host names and addresses
        when they are added to the known hosts file.
      '';

      userKnownHostsFile = nullOrOption types.str ''
        Specifies one or more files to use for the user host key
        database, separated by whitespace.
      '';

      controlMaster = nullOrOption (types.enum [
        "yes"
        "no"
        "ask"
        "auto"
        "autoask"
      ]) "Configure sharing of multiple sessions over a single network connection.";

      controlPath = nullOrOption types.str "Specify path to the control socket used for connection sharing.";

      controlPersist = nullOrOption types.str "Whether control socket should remain open in the background.";

      localForwards = forwardsOption "local";

      remoteForwards = forwardsOption "remote";

      dynamicForwards = mkOption {
        type = types.listOf dynamicForwardModule;
        default = [ ];
        example = literalExpression "[ { port = 8080; } ];";
        description = "Specify dynamic port forwardings. See {manpage}`ssh_config(5)`.";
      };

      kexAlgorithms = nullOrOption (types.listOf types.str) ''
        The key exchange algorithms that will be used for the connection.
      '';

      extraOptions = mkOption {
        type = types.attrsOf types.str;
        default = { };
        description = "Extra configuration options for the host.";
      };
    };
  };

  optionalLine = cond: line: optional cond "  ${line}";

  # One block: its header, then each set option in a fixed order.
  matchBlockStr =
    name: cf:
    concatStringsSep "\n" (
      [ (if cf.match != null then "Match ${cf.match}" else "Host ${if cf.host != null then cf.host else name}") ]
      ++ optionalLine (cf.port != null) "Port ${toString cf.port}"
      ++ optionalLine (cf.forwardAgent != null) "ForwardAgent ${yesNo cf.forwardAgent}"
      ++ optionalLine cf.forwardX11 "ForwardX11 yes"
      ++ optionalLine cf.forwardX11Trusted "ForwardX11Trusted yes"
      ++ optionalLine cf.identitiesOnly "IdentitiesOnly yes"
      ++ optionalLine (cf.user != null) "User ${cf.user}"
      ++ optionalLine (cf.hostname != null) "HostName ${cf.hostname}"
      ++ optionalLine (cf.proxyCommand != null) "ProxyCommand ${cf.proxyCommand}"
      ++ optionalLine (cf.proxyJump != null) "ProxyJump ${cf.proxyJump}"
      ++ optionalLine (cf.addressFamily != null) "AddressFamily ${cf.addressFamily}"
      ++ optionalLine (cf.sendEnv != [ ]) "SendEnv ${concatStringsSep " " cf.sendEnv}"
      ++ optionalLine (cf.setEnv != { }) "SetEnv ${
        concatStringsSep " " (lib.mapAttrsToList (n: v: "${n}=${toString v}") cf.setEnv)
      }"
      ++ optionalLine (cf.serverAliveInterval != null) "ServerAliveInterval ${toString cf.serverAliveInterval}"
      ++ optionalLine (cf.serverAliveCountMax != null) "ServerAliveCountMax ${toString cf.serverAliveCountMax}"
      ++ optionalLine (cf.compression != null) "Compression ${yesNo cf.compression}"
      ++ optionalLine (!cf.checkHostIP) "CheckHostIP no"
      ++ optionalLine (cf.addKeysToAgent != null) "AddKeysToAgent ${cf.addKeysToAgent}"
      ++ optionalLine (cf.hashKnownHosts != null) "HashKnownHosts ${yesNo cf.hashKnownHosts}"
      ++ optionalLine (cf.userKnownHostsFile != null) "UserKnownHostsFile ${cf.userKnownHostsFile}"
      ++ optionalLine (cf.controlMaster != null) "ControlMaster ${cf.controlMaster}"
      ++ optionalLine (cf.controlPath != null) "ControlPath ${cf.controlPath}"
      ++ optionalLine (cf.controlPersist != null) "ControlPersist ${cf.controlPersist}"
      ++ map (file: "  IdentityFile ${file}") cf.identityFile
      ++ map (agent: "  IdentityAgent ${agent}") cf.identityAgent
      ++ map (file: "  CertificateFile ${file}") cf.certificateFile
      ++ map (f: "  LocalForward" + addressPort f.bind + addressPort f.host) cf.localForwards
      ++ map (f: "  RemoteForward" + addressPort f.bind + addressPort f.host) cf.remoteForwards
      ++ map (f: "  DynamicForward" + addressPort f) cf.dynamicForwards
      ++ optionalLine (cf.kexAlgorithms != null) "KexAlgorithms ${concatStringsSep "," cf.kexAlgorithms}"
      ++ lib.mapAttrsToList (n: v: "  ${n} ${v}") cf.extraOptions
    );

  # The options that used to sit at the top level and now belong to
  # matchBlocks."*".
  movedToDefaultHost = [
    "forwardAgent"
    "addKeysToAgent"
    "compression"
    "serverAliveInterval"
    "serverAliveCountMax"
    "hashKnownHosts"
    "userKnownHostsFile"
    "controlMaster"
    "controlPath"
    "controlPersist"
  ];

  # What Home Manager wrote under `Host *` before enableDefaultConfig.
  oldDefaults = {
    forwardAgent = false;
    addKeysToAgent = "no";
    compression = false;
    serverAliveInterval = 0;
    serverAliveCountMax = 3;
    hashKnownHosts = false;
    userKnownHostsFile = "~/.ssh/known_hosts";
    controlMaster = "no";
    controlPath = "~/.ssh/master-%r@%n:%p";
    controlPersist = "no";
  };

  # `a && b -> c` over every forward: a socket path takes no port.
  noPathWithPort = entry: entry.address != null && isPath entry.address -> entry.port == null;
  forwardsValid =
    block:
    builtins.all noPathWithPort (
      block.dynamicForwards
      ++ lib.concatMap (f: [
        f.bind
        f.host
      ]) (block.localForwards ++ block.remoteForwards)
    );

  sorted = lib.hm.dag.topoSort (removeAttrs cfg.matchBlocks [ "*" ]);
  blocks =
    if sorted ? result then
      sorted.result
    else
      abort "Dependency cycle in SSH match blocks: ${builtins.toJSON sorted}";

  hasDefaultHost = cfg.matchBlocks ? "*";
in
{
  meta.maintainers = [ lib.maintainers.rycee ];

  imports = map (
    o:
    lib.mkRenamedOptionModule
      [
        "programs"
        "ssh"
        o
      ]
      [
        "programs"
        "ssh"
        "matchBlocks"
        "*"
        o
      ]
  ) movedToDefaultHost;

  options.programs.ssh = {
    enable = lib.mkEnableOption "SSH client configuration";

    package = lib.mkPackageOption pkgs "openssh" {
      nullable = true;
      default = null;
      extraDescription = "By default, the client provided by your system is used.";
    };

    enableDefaultConfig = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Whether to write Home Manager's historical defaults into
        `matchBlocks."*"` (ForwardAgent no, ServerAliveInterval 0, ...).
        This will be removed in the future; set it to false and put the
        values you want under {option}`programs.ssh.matchBlocks."*"`.
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Extra configuration, appended to the `Host *` block.";
    };

    extraOptionOverrides = mkOption {
      type = types.attrsOf types.str;
      default = { };
      description = ''
        Extra SSH configuration options that take precedence over any
        host specific configuration.
      '';
    };

    includes = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = ''
        File globs of ssh config files that should be included via the
        `Include` directive.

        See {manpage}`ssh_config(5)` for more information.
      '';
    };

    matchBlocks = mkOption {
      type = lib.hm.types.dagOf matchBlockModule;
      default = { };
      example = literalExpression ''
        {
          "john.example.com" = {
            hostname = "example.com";
            user = "john";
          };
          foo = lib.hm.dag.entryBefore ["john.example.com"] {
            hostname = "example.com";
            identityFile = "/home/john/.ssh/foo_rsa";
          };
        };
      '';
      description = ''
        Specify per-host settings. Note, if the order of rules matter
        then use the DAG functions to express the dependencies as
        shown in the example. The `"*"` block always comes last.

        See {manpage}`ssh_config(5)` for more information.
      '';
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        home.packages = optional (cfg.package != null) cfg.package;

        assertions = [
          {
            assertion = builtins.all (e: forwardsValid e.data) (builtins.attrValues cfg.matchBlocks);
            message = "Forwarded paths cannot have ports.";
          }
          {
            assertion = cfg.extraConfig != "" -> hasDefaultHost;
            message = ''Cannot set `programs.ssh.extraConfig` if `programs.ssh.matchBlocks."*"` (default host config) is not declared.'';
          }
        ];

        # Global lines, includes and blocks, a blank line, then the
        # `Host *` block with extraConfig indented under it (a blank line
        # apart when there is some).
        home.file.".ssh/config".text = ''
          ${concatStringsSep "\n" (
            lib.mapAttrsToList (n: v: "${n} ${v}") cfg.extraOptionOverrides
            ++ optional (cfg.includes != [ ]) ''
              Include ${concatStringsSep " " cfg.includes}
            ''
            ++ map (b: matchBlockStr b.name b.data) blocks
          )}

          ${lib.optionalString hasDefaultHost (
            matchBlockStr "*" cfg.matchBlocks."*".data + lib.optionalString (cfg.extraConfig != "") "\n"
          )}
            ${builtins.replaceStrings [ "\n" ] [ "\n  " ] cfg.extraConfig}
        '';
      }

      (lib.mkIf cfg.enableDefaultConfig {
        warnings = [
          ''
            `programs.ssh` default values will be removed in the future.
            Consider setting `programs.ssh.enableDefaultConfig` to false,
            and manually set the default values you want to keep at
            `programs.ssh.matchBlocks."*"`.
          ''
        ];

        programs.ssh.matchBlocks."*" = lib.mapAttrs (_: lib.mkDefault) oldDefaults;
      })
    ]
  );
}
