# services.gpg-agent: ~/.gnupg/gpg-agent.conf and sshcontrol, the agent's
# socket-activated systemd user units (Linux; the launchd agent of macOS is
# not shipped), GPG_TTY in the shells and SSH_AUTH_SOCK when the agent
# serves ssh. Paths follow programs.gpg.homedir and package.
{
  config,
  options,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib)
    mkIf
    mkOption
    optional
    optionalString
    types
    ;

  cfg = config.services.gpg-agent;
  gpgPkg = config.programs.gpg.package;
  homedir = config.programs.gpg.homedir;

  # Tells the agent which terminal the next pinentry should use; ssh
  # clients never say, so the shell does it at start.
  updateStartupTty = ''
    ${gpgPkg}/bin/gpg-connect-agent updatestartuptty /bye > /dev/null
  '';

  bashInit =
    ''
      GPG_TTY="$(tty)"
      export GPG_TTY
    ''
    + optionalString cfg.enableSshSupport updateStartupTty;

  zshInit =
    ''
      export GPG_TTY=$TTY
    ''
    + optionalString cfg.enableSshSupport updateStartupTty;

  fishInit =
    ''
      set -gx GPG_TTY (tty)
    ''
    + optionalString cfg.enableSshSupport updateStartupTty;

  # gpg computes socket paths at run time (gpgconf --list-dirs); units need
  # them when written. With the default home they sit in
  # $XDG_RUNTIME_DIR/gnupg; any other home gets a subdirectory named "d."
  # and the first 24 z-base-32 digits of the SHA-1 of its path.
  zbase32 = lib.stringToCharacters "ybndrfg8ejkmcpqxot1uwisza345h769";

  # 5 hex digits are 20 bits are 4 digits of base 32.
  fiveHexToBase32 =
    hex:
    let
      n = lib.foldl' (acc: c: acc * 16 + hexDigit c) 0 (lib.stringToCharacters hex);
      digit = i: builtins.elemAt zbase32 (lib.mod (n / (pow32 (3 - i))) 32);
    in
    lib.concatStrings (builtins.genList digit 4);
  pow32 = e: if e == 0 then 1 else 32 * pow32 (e - 1);
  hexDigit = c: lib.lists.findFirstIndex (d: d == c) 0 (lib.stringToCharacters "0123456789abcdef");

  homedirHash =
    let
      sha = builtins.hashString "sha1" homedir;
    in
    lib.concatStrings (builtins.genList (i: fiveHexToBase32 (builtins.substring (i * 5) 5 sha)) 6);

  socketPath =
    name:
    if homedir == options.programs.gpg.homedir.default then
      "%t/gnupg/${name}"
    else
      "%t/gnupg/d.${homedirHash}/${name}";

  socketUnit =
    {
      description,
      documentation,
      name,
      fdName,
    }:
    {
      Unit = {
        Description = description;
        Documentation = documentation;
      };
      Socket = {
        ListenStream = socketPath name;
        FileDescriptorName = fdName;
        Service = "gpg-agent.service";
        SocketMode = "0600";
        DirectoryMode = "0700";
      };
      Install.WantedBy = [ "sockets.target" ];
    };

  ttlOption =
    what:
    mkOption {
      type = types.nullOr types.int;
      default = null;
      example = 1800;
      description = "${what}, in seconds; `null` keeps gpg-agent's own default.";
    };
in
{
  meta.maintainers = [ lib.maintainers.rycee ];

  imports = [
    (lib.mkRemovedOptionModule [
      "services"
      "gpg-agent"
      "pinentryFlavor"
    ] "Use services.gpg-agent.pinentryPackage instead")
    (lib.mkRenamedOptionModule
      [
        "services"
        "gpg-agent"
        "pinentryPackage"
      ]
      [
        "services"
        "gpg-agent"
        "pinentry"
        "package"
      ]
    )
  ];

  options.services.gpg-agent = {
    enable = lib.mkEnableOption "GnuPG private key agent";

    defaultCacheTtl = ttlOption "How long a cached passphrase stays valid after its last use";
    defaultCacheTtlSsh = ttlOption "How long a cached passphrase of an SSH key stays valid after its last use";
    maxCacheTtl = ttlOption "How long a cached passphrase stays valid at most, however often it is used";
    maxCacheTtlSsh = ttlOption "How long a cached passphrase of an SSH key stays valid at most";

    enableSshSupport = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Let the agent act as an ssh-agent too, serving the keys listed in
        {file}`sshcontrol`, and point {env}`SSH_AUTH_SOCK` at it when
        nothing else has set it.
      '';
    };

    sshKeys = mkOption {
      type = types.nullOr (types.listOf types.str);
      default = null;
      example = [ "3F9A6C1E0B2D4785A6C0E9F1B2D3C4A5E6F70819" ];
      description = ''
        Keygrips of the keys offered to ssh, written to {file}`sshcontrol`.
        `null` leaves that file unmanaged.
      '';
    };

    enableExtraSocket = mkOption {
      type = types.bool;
      default = false;
      description = "Also listen on the restricted extra socket, the one forwarded to remote hosts.";
    };

    verbose = mkOption {
      type = types.bool;
      default = false;
      description = "Start the agent with `--verbose`.";
    };

    grabKeyboardAndMouse = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Have pinentry grab keyboard and mouse while it asks, so other X
        clients cannot read the passphrase (the `grab` line).
      '';
    };

    enableScDaemon = mkOption {
      type = types.bool;
      default = true;
      description = "Allow smartcard use through scdaemon; `false` writes `disable-scdaemon`.";
    };

    noAllowExternalCache = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Ask pinentry never to take passphrases from, or store them in, a
        desktop keyring (the `no-allow-external-cache` line).
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        allow-loopback-pinentry
        ignore-cache-for-signing
      '';
      description = "Lines appended to {file}`gpg-agent.conf` as they are.";
    };

    pinentry = {
      package = lib.mkPackageOption pkgs "pinentry-gnome3" {
        nullable = true;
        default = null;
        extraDescription = ''
          When set, {file}`gpg-agent.conf` gets a `pinentry-program` line
          pointing into this package; when `null`, gpg-agent picks its
          own pinentry.
        '';
      };

      program = mkOption {
        type = types.nullOr types.str;
        example = "pinentry-tty";
        description = ''
          Name of the program inside {option}`services.gpg-agent.pinentry.package`;
          by default the package's main program, else `pinentry`.
        '';
      };
    };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableNushellIntegration = lib.hm.shell.mkNushellIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        services.gpg-agent.pinentry.program = lib.mkOptionDefault (
          if cfg.pinentry.package == null then "pinentry" else cfg.pinentry.package.meta.mainProgram or "pinentry"
        );

        home.file."${homedir}/gpg-agent.conf".text = lib.concatStringsSep "\n" (
          optional cfg.enableSshSupport "enable-ssh-support"
          ++ optional cfg.grabKeyboardAndMouse "grab"
          ++ optional (!cfg.enableScDaemon) "disable-scdaemon"
          ++ optional cfg.noAllowExternalCache "no-allow-external-cache"
          ++ optional (cfg.defaultCacheTtl != null) "default-cache-ttl ${toString cfg.defaultCacheTtl}"
          ++ optional (cfg.defaultCacheTtlSsh != null) "default-cache-ttl-ssh ${toString cfg.defaultCacheTtlSsh}"
          ++ optional (cfg.maxCacheTtl != null) "max-cache-ttl ${toString cfg.maxCacheTtl}"
          ++ optional (cfg.maxCacheTtlSsh != null) "max-cache-ttl-ssh ${toString cfg.maxCacheTtlSsh}"
          ++ optional (cfg.pinentry.package != null) "pinentry-program ${lib.getExe' cfg.pinentry.package cfg.pinentry.program}"
          ++ [ cfg.extraConfig ]
        );

        home.sessionVariablesExtra = optionalString cfg.enableSshSupport ''
          if [ -z "$SSH_AUTH_SOCK" ]; then
            export SSH_AUTH_SOCK="$(${gpgPkg}/bin/gpgconf --list-dirs agent-ssh-socket)"
          fi
        '';

        # Nushell has no module in Hearth yet, so its integration option
        # exists but writes nothing.
        programs.bash.initExtra = mkIf cfg.enableBashIntegration bashInit;
        programs.zsh.initContent = mkIf cfg.enableZshIntegration zshInit;
        programs.fish.interactiveShellInit = mkIf cfg.enableFishIntegration fishInit;
      }

      (mkIf (cfg.sshKeys != null) {
        # One keygrip a line, the last one ended too: gpg-agent ignores an
        # unterminated last line.
        home.file."${homedir}/sshcontrol".text = lib.concatMapStrings (k: k + "\n") cfg.sshKeys;
      })

      (mkIf pkgs.stdenv.hostPlatform.isLinux {
        # The units gnupg ships as examples (doc/examples/systemd-user):
        # the service only starts when a client opens one of the sockets.
        systemd.user.services.gpg-agent = {
          Unit = {
            Description = "GnuPG cryptographic agent and passphrase cache";
            Documentation = "man:gpg-agent(1)";
            Requires = "gpg-agent.socket";
            After = "gpg-agent.socket";
            RefuseManualStart = true;
          };
          Service = {
            ExecStart = "${gpgPkg}/bin/gpg-agent --supervised" + optionalString cfg.verbose " --verbose";
            ExecReload = "${gpgPkg}/bin/gpgconf --reload gpg-agent";
            Environment = [ "GNUPGHOME=${homedir}" ];
          };
        };

        systemd.user.sockets.gpg-agent = socketUnit {
          description = "GnuPG cryptographic agent and passphrase cache";
          documentation = "man:gpg-agent(1)";
          name = "S.gpg-agent";
          fdName = "std";
        };

        systemd.user.sockets.gpg-agent-ssh = mkIf cfg.enableSshSupport (socketUnit {
          description = "GnuPG cryptographic agent (ssh-agent emulation)";
          documentation = "man:gpg-agent(1) man:ssh-add(1) man:ssh-agent(1) man:ssh(1)";
          name = "S.gpg-agent.ssh";
          fdName = "ssh";
        });

        systemd.user.sockets.gpg-agent-extra = mkIf cfg.enableExtraSocket (socketUnit {
          description = "GnuPG cryptographic agent and passphrase cache (restricted)";
          documentation = "man:gpg-agent(1) man:ssh(1)";
          name = "S.gpg-agent.extra";
          fdName = "extra";
        });
      })
    ]
  );
}
