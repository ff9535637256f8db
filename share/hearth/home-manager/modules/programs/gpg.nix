# programs.gpg: GnuPG's ~/.gnupg/gpg.conf (with Home Manager's hardened
# defaults) and scdaemon.conf, the GNUPGHOME variable, and public keys
# imported into the keyring on activation or linked as a fixed keyring.
# The agent is services.gpg-agent (services/gpg-agent.nix).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib)
    literalExpression
    mkDefault
    mkIf
    mkOption
    optional
    types
    ;

  cfg = config.programs.gpg;

  gpg = "${cfg.package}/bin/gpg";

  # gpg.conf lines are `option value`; a true flag is the bare option and a
  # false one is left out. Lists repeat the option.
  renderConf = lib.generators.toKeyValue {
    mkKeyValue = key: value: if builtins.isString value then "${key} ${value}" else lib.optionalString value key;
    listsAsDuplicateKeys = true;
  };

  settingsType = types.attrsOf (
    types.either (types.oneOf [
      types.str
      types.bool
    ]) (types.listOf types.str)
  );

  trustLevels = {
    unknown = 1;
    never = 2;
    marginal = 3;
    full = 4;
    ultimate = 5;
  };

  publicKeyModule =
    { config, ... }:
    {
      options = {
        text = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "The armored key itself; it is written to the store and becomes {option}`source`.";
        };

        source = mkOption {
          type = types.path;
          description = "File holding the key, armored or binary.";
        };

        trust = mkOption {
          type = types.nullOr (
            types.enum [
              "unknown"
              1
              "never"
              2
              "marginal"
              3
              "full"
              4
              "ultimate"
              5
            ]
          );
          default = null;
          apply = v: if builtins.isString v then trustLevels.${v} else v;
          description = ''
            Owner trust given to the key, by name or by the number gpg's
            `trust` command asks for: `unknown` (1), `never` (2),
            `marginal` (3), `full` (4) or `ultimate` (5). `null` leaves the
            trust alone.
          '';
        };
      };

      config.source = mkIf (config.text != null) (pkgs.writeText "gpg-pubkey" config.text);
    };

  # Shell helpers for the import script and the keyring build: the key ids
  # of a key file, and setting the owner trust of each of them through
  # gpg's interactive editor.
  trustFunctions = ''
    function gpgKeyId() {
      ${gpg} --show-key --with-colons "$1" \
        | grep ^pub: \
        | cut -d: -f5
    }

    function importTrust() {
      local keyIds trust
      IFS='\n' read -ra keyIds <<< "$(gpgKeyId "$1")"
      trust="$2"
      for id in "''${keyIds[@]}" ; do
        { echo trust; echo "$trust"; (( trust == 5 )) && echo y; echo quit; } \
          | ${gpg} --no-tty --command-fd 0 --edit-key "$id"
      done
    }

  '';

  # A keyring holding exactly the configured keys, for immutable setups.
  keyring = pkgs.runCommand "gpg-pubring" { buildInputs = [ cfg.package ]; } ''
    export GNUPGHOME
    GNUPGHOME=$(mktemp -d)

    ${trustFunctions}
    ${lib.concatMapStringsSep "\n" (k: ''
      ${gpg} --import ${k.source}
      ${lib.optionalString (k.trust != null) ''importTrust "${k.source}" ${toString k.trust}''}
    '') cfg.publicKeys}

    mkdir $out
    cp $GNUPGHOME/pubring.kbx $out/pubring.kbx
    if [[ -e $GNUPGHOME/trustdb.gpg ]] ; then
      cp $GNUPGHOME/trustdb.gpg $out/trustdb.gpg
    fi
  '';

  importScript =
    let
      perKey =
        k:
        optional cfg.mutableKeys "run ${gpg} $QUIET_ARG --import ${k.source}"
        ++ optional (k.trust != null && cfg.mutableTrust) ''run importTrust "${k.source}" ${toString k.trust}'';
      imports = lib.concatStringsSep "\n" (lib.concatMap perKey cfg.publicKeys);
      anyTrust = lib.any (k: k.trust != null) cfg.publicKeys;
    in
    lib.concatStringsSep "\n" (
      optional (imports != "") ''
        export GNUPGHOME=${lib.escapeShellArg cfg.homedir}
        if [[ ! -v VERBOSE ]]; then
          QUIET_ARG="--quiet"
        else
          QUIET_ARG=""
        fi
        ${trustFunctions}
        ${imports}
        unset GNUPGHOME QUIET_ARG keyId importTrust
      ''
      ++ optional (!cfg.mutableTrust && anyTrust) ''install -m 0700 ${keyring}/trustdb.gpg "${cfg.homedir}/trustdb.gpg"''
    );
in
{
  options.programs.gpg = {
    enable = lib.mkEnableOption "GnuPG";

    package = lib.mkPackageOption pkgs "gnupg" {
      example = "pkgs.gnupg24";
      extraDescription = "The gpg-agent service runs the agent from this package too.";
    };

    settings = mkOption {
      type = settingsType;
      example = literalExpression ''
        {
          default-key = "0x5C2E8A1F90B4D377";
          auto-key-locate = [ "local" "wkd" ];
          throw-keyids = true;
        }
      '';
      description = ''
        Lines of {file}`gpg.conf`, see {manpage}`gpg(1)`: a string value
        gives `option value`, `true` gives the bare option, `false` drops
        it, and a list repeats the option once per element. Home Manager's
        preferences for strong algorithms are set as defaults and can be
        overridden one by one.
      '';
    };

    scdaemonSettings = mkOption {
      type = settingsType;
      example = literalExpression ''
        {
          pcsc-shared = true;
          card-timeout = "5";
        }
      '';
      description = ''
        Lines of {file}`scdaemon.conf`, rendered like
        {option}`programs.gpg.settings`; see {manpage}`scdaemon(1)`.
      '';
    };

    homedir = mkOption {
      type = types.path;
      default = "${config.home.homeDirectory}/.gnupg";
      defaultText = literalExpression ''"''${config.home.homeDirectory}/.gnupg"'';
      example = literalExpression ''"''${config.xdg.configHome}/gpg"'';
      description = "GnuPG's home: where its configuration files and keyrings live.";
    };

    mutableKeys = mkOption {
      type = types.bool;
      default = true;
      description = ''
        When `true`, the keys of {option}`programs.gpg.publicKeys` are
        imported into the existing keyring on activation and the keyring
        stays yours to change. When `false`, {file}`pubring.kbx` is a
        read-only link to a keyring built from those keys alone.
      '';
    };

    mutableTrust = mkOption {
      type = types.bool;
      default = true;
      description = ''
        When `true`, the configured trust levels are applied to the
        existing trust database on activation. When `false`, every
        activation replaces {file}`trustdb.gpg` with one holding only the
        configured levels, so trust set by hand is lost.
      '';
    };

    publicKeys = mkOption {
      type = types.listOf (types.submodule publicKeyModule);
      default = [ ];
      example = literalExpression ''
        [
          { source = ./keys/release-signing.asc; trust = "full"; }
        ]
      '';
      description = ''
        Public keys to put into the keyring. Their files are copied into
        the store, which anyone on the machine can read.
      '';
    };
  };

  config = mkIf cfg.enable {
    programs.gpg.settings = {
      personal-cipher-preferences = mkDefault "AES256 AES192 AES";
      personal-digest-preferences = mkDefault "SHA512 SHA384 SHA256";
      personal-compress-preferences = mkDefault "ZLIB BZIP2 ZIP Uncompressed";
      default-preference-list = mkDefault "SHA512 SHA384 SHA256 AES256 AES192 AES ZLIB BZIP2 ZIP Uncompressed";
      cert-digest-algo = mkDefault "SHA512";
      s2k-digest-algo = mkDefault "SHA512";
      s2k-cipher-algo = mkDefault "AES256";
      charset = mkDefault "utf-8";
      fixed-list-mode = mkDefault true;
      no-comments = mkDefault true;
      no-emit-version = mkDefault true;
      keyid-format = mkDefault "0xlong";
      list-options = mkDefault "show-uid-validity";
      verify-options = mkDefault "show-uid-validity";
      with-fingerprint = mkDefault true;
      require-cross-certification = mkDefault true;
      no-symkey-cache = mkDefault true;
      use-agent = mkDefault true;
    };

    # No defaults: an empty scdaemon.conf is still written.
    programs.gpg.scdaemonSettings = { };

    home.packages = [ cfg.package ];
    home.sessionVariables.GNUPGHOME = cfg.homedir;

    home.file."${cfg.homedir}/gpg.conf".text = renderConf cfg.settings;
    home.file."${cfg.homedir}/scdaemon.conf".text = renderConf cfg.scdaemonSettings;
    home.file."${cfg.homedir}/pubring.kbx" = mkIf (!cfg.mutableKeys && cfg.publicKeys != [ ]) {
      source = "${keyring}/pubring.kbx";
    };

    home.activation = {
      # gpg refuses a home others can read, so it is made before the files
      # are linked into it.
      createGpgHomedir = lib.hm.dag.entryBetween [ "linkGeneration" ] [ "writeBoundary" ] ''
        run mkdir -m700 -p $VERBOSE_ARG ${lib.escapeShellArg cfg.homedir}
      '';

      importGpgKeys = mkIf (cfg.publicKeys != [ ]) (lib.hm.dag.entryAfter [ "linkGeneration" ] importScript);
    };
  };
}
