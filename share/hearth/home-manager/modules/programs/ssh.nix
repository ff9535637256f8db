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
      description = "Local address or socket path the forwarding listens on.";
    };

    port = mkOption {
      type = types.nullOr types.port;
      default = null;
      example = 8080;
      description = "Port to listen on at the bind address; leave `null` for a socket path.";
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
          description = "Host or socket path that forwarded connections are sent to.";
        };

        port = mkOption {
          type = types.nullOr types.port;
          default = null;
          example = 80;
          description = "Port on the target host; leave `null` for a socket path.";
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
            bind.port = 5432;
            host.address = "db.internal";
            host.port = 5432;
          }
        ]
      '';
      description = "Forwardings of ${kind} ports to write for this block, one line each; see {manpage}`ssh_config(5)`.";
    };

  matchBlockModule = types.submodule {
    options = {
      host = nullOrOption types.str ''
        Pattern written on the block's `Host` line; when `null`, the
        block's attribute name is used. Has no effect when
        {option}`ssh.matchBlocks.*.match` is set.
      '';

      match = nullOrOption types.str ''
        Criteria for a `Match` line, written instead of a `Host` line
        (so {option}`ssh.matchBlocks.*.host` is then ignored). The
        syntax is that of {manpage}`ssh_config(5)`.
      '';

      port = nullOrOption types.port "Port of the SSH server (`Port`).";

      forwardAgent = nullOrOption types.bool ''
        Make the local {command}`ssh-agent` reachable from the remote
        side (`ForwardAgent`). Omitted when `null`.
      '';

      forwardX11 = mkOption {
        type = types.bool;
        default = false;
        description = ''
          Tunnel X11 through the connection and set {env}`DISPLAY` on
          the remote side (`ForwardX11`).
        '';
      };

      forwardX11Trusted = mkOption {
        type = types.bool;
        default = false;
        description = ''
          Treat forwarded X11 clients as trusted, without the X security
          extension's restrictions (`ForwardX11Trusted`).
        '';
      };

      identitiesOnly = mkOption {
        type = types.bool;
        default = false;
        description = ''
          Offer only the keys named in the configuration or on the
          command line, ignoring any other keys that
          {command}`ssh-agent` holds (`IdentitiesOnly`).
        '';
      };

      identityFile = stringOrList ''
        Private key files to authenticate with, one `IdentityFile` line
        each; ssh tries them in list order.
      '';

      identityAgent = stringOrList ''
        Socket of the agent to ask for keys (`IdentityAgent`).
      '';

      user = nullOrOption types.str "Remote user name (`User`).";

      hostname = nullOrOption types.str "Name or address actually connected to (`HostName`).";

      serverAliveInterval = nullOrOption types.int "Seconds of silence from the server before ssh sends a keep-alive probe (`ServerAliveInterval`).";

      serverAliveCountMax = nullOrOption types.ints.positive ''
        How many keep-alive probes may go unanswered before ssh drops
        the connection (`ServerAliveCountMax`).
      '';

      sendEnv = mkOption {
        type = types.listOf types.str;
        default = [ ];
        description = ''
          Names (or patterns) of local environment variables passed on
          to the server (`SendEnv`).
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
          Variables, with values, to set in the remote session (`SetEnv`).
        '';
      };

      compression = nullOrOption types.bool ''
        Compress the connection (`Compression`). Omitted from the block
        when `null`.
      '';

      checkHostIP = mkOption {
        type = types.bool;
        default = true;
        description = ''
          Also look up the server's IP address in {file}`known_hosts`;
          `false` writes `CheckHostIP no`.
        '';
      };

      proxyCommand = nullOrOption types.str "Command whose standard input and output carry the connection (`ProxyCommand`).";

      proxyJump = nullOrOption types.str "Jump host(s) to go through first (`ProxyJump`).";

      certificateFile = stringOrList ''
        Certificate files to present, one `CertificateFile` line each.
      '';

      addressFamily = nullOrOption (types.enum [
        "any"
        "inet"
        "inet6"
      ]) "Restrict connections to IPv4 (`inet`), IPv6 (`inet6`) or either (`AddressFamily`).";

      addKeysToAgent = nullOrOption types.str ''
        Value of `AddKeysToAgent`: whether a key used to log in is handed
        to a running agent. One of `no`, `yes`, `ask`, `confirm` (with an
        optional lifetime) or a lifetime such as `1h`.
      '';

      hashKnownHosts = nullOrOption types.bool ''
        Store host names in {file}`known_hosts` hashed rather than in
        clear text (`HashKnownHosts`).
      '';

      userKnownHostsFile = nullOrOption types.str ''
        Known-hosts file(s) to use instead of the default, separated by
        spaces (`UserKnownHostsFile`).
      '';

      controlMaster = nullOrOption (types.enum [
        "yes"
        "no"
        "ask"
        "auto"
        "autoask"
      ]) "Whether connections may share one master connection (`ControlMaster`).";

      controlPath = nullOrOption types.str "Socket path of the shared master connection (`ControlPath`).";

      controlPersist = nullOrOption types.str "How long the master connection lingers after its last client leaves (`ControlPersist`).";

      localForwards = forwardsOption "local";

      remoteForwards = forwardsOption "remote";

      dynamicForwards = mkOption {
        type = types.listOf dynamicForwardModule;
        default = [ ];
        example = literalExpression "[ { port = 8080; } ];";
        description = "SOCKS proxies to open, one `DynamicForward` line each; see {manpage}`ssh_config(5)`.";
      };

      kexAlgorithms = nullOrOption (types.listOf types.str) ''
        Key exchange algorithms to allow, joined with commas into
        `KexAlgorithms`.
      '';

      extraOptions = mkOption {
        type = types.attrsOf types.str;
        default = { };
        description = "Further `Keyword value` lines for this block, written last.";
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
    enable = lib.mkEnableOption "writing {file}`~/.ssh/config`";

    package = lib.mkPackageOption pkgs "openssh" {
      nullable = true;
      default = null;
      extraDescription = "Left `null`, nothing is installed and the system's ssh is used.";
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
        Options written at the very top of the file, before any block;
        ssh keeps the first value it reads, so these win over every host
        block.
      '';
    };

    includes = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = ''
        Files or globs pulled in by an `Include` line at the top of the
        file (see {manpage}`ssh_config(5)`).
      '';
    };

    matchBlocks = mkOption {
      type = lib.hm.types.dagOf matchBlockModule;
      default = { };
      example = literalExpression ''
        {
          "*.lan".user = "admin";
          build = lib.hm.dag.entryBefore [ "*.lan" ] {
            hostname = "build.lan";
            port = 2222;
          };
        }
      '';
      description = ''
        Host and Match blocks, keyed by pattern. Since ssh uses the first
        value it finds, order can matter: place blocks relative to each
        other with the `lib.hm.dag` functions. The `"*"` block is always
        written last.
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
