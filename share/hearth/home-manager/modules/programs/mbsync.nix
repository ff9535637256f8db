# programs.mbsync: isync's $XDG_CONFIG_HOME/isyncrc, with an IMAP account,
# a remote and a local store and channels for every mail account with
# `mbsync.enable` (those per-account options are declared here), plus
# global groups. The periodic sync unit is services.mbsync's.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.mbsync;

  mbsyncAccounts = lib.filter (a: a.enable && a.mbsync.enable) (
    lib.attrValues config.accounts.email.accounts
  );

  # mbsync's spelling of the sides a change may flow to.
  sides = {
    none = "None";
    imap = "Far";
    maildir = "Near";
    both = "Both";
  };

  sideOption =
    default: what:
    mkOption {
      type = types.enum (builtins.attrNames sides);
      inherit default;
      description = "Where mbsync may ${what}: `imap` (far), `maildir` (near), `both` or `none`.";
    };

  extraValue = types.oneOf [
    types.bool
    types.int
    types.str
    (types.listOf (types.oneOf [ types.bool types.int types.str ]))
  ];

  extraSection =
    what:
    mkOption {
      type = types.attrsOf extraValue;
      default = { };
      example = {
        PipelineDepth = 10;
      };
      description = "More settings of the ${what} section.";
    };

  # A value as mbsync reads it: quoted when it has a space.
  renderValue =
    name: v:
    if builtins.isList v then
      lib.concatMapStringsSep " " (renderValue name) v
    else if builtins.isBool v then
      lib.hm.booleans.yesNo v
    else if builtins.isInt v then
      toString v
    else if builtins.isString v && lib.hasInfix " " v then
      ''"${lib.escape [ ''"'' ] v}"''
    else if builtins.isString v then
      v
    else
      throw "mbsync: unexpected value for option ${name}: ${lib.generators.toPretty { } v}";

  # A section: its header, then `Name value` lines (a list of pairs keeps
  # the given order, an attribute set sorts by name).
  section =
    header: entries:
    let
      pairs =
        if builtins.isList entries then entries else lib.mapAttrsToList (name: value: { inherit name value; }) entries;
    in
    lib.concatStringsSep "\n" ([ header ] ++ map (p: "${p.name} ${renderValue p.name p.value}") pairs)
    + "\n";

  tlsSettings =
    tls:
    {
      TLSType =
        if !tls.enable then
          "None"
        else if tls.useStartTls then
          "STARTTLS"
        else
          "IMAPS";
    }
    // lib.optionalAttrs (tls.enable && tls.certificatesFile != null) {
      CertificateFile = toString tls.certificatesFile;
    };

  accountSection =
    a:
    section "IMAPAccount ${a.name}" (
      {
        Host = a.imap.host;
        PassCmd = toString a.passwordCommand;
      }
      // lib.optionalAttrs (a.imap.userName != null) { User = a.imap.userName; }
      // tlsSettings a.imap.tls
      // lib.optionalAttrs (a.imap.port != null) { Port = toString a.imap.port; }
      // a.mbsync.extraConfig.account
    );

  remoteSection =
    a: section "IMAPStore ${a.name}-remote" ({ Account = a.name; } // a.mbsync.extraConfig.remote);

  # Maildir++ keeps subfolders inside the inbox, so it needs no Path.
  localSection =
    a:
    let
      m = a.mbsync;
    in
    section "MaildirStore ${a.name}-local" (
      { Inbox = "${a.maildir.absPath}/${a.folders.inbox}"; }
      // lib.optionalAttrs (m.subFolders != "Maildir++" || m.flatten != null) {
        Path = "${a.maildir.absPath}/";
      }
      // (if m.flatten == null then { SubFolders = m.subFolders; } else { Flatten = m.flatten; })
      // m.extraConfig.local
    );

  # One channel for the whole account, when it defines no groups.
  accountChannel =
    a:
    let
      m = a.mbsync;
    in
    section "Channel ${a.name}" (
      [
        {
          name = "Far";
          value = ":${a.name}-remote:";
        }
        {
          name = "Near";
          value = ":${a.name}-local:";
        }
        {
          name = "Create";
          value = sides.${m.create};
        }
        {
          name = "Expunge";
          value = sides.${m.expunge};
        }
        {
          name = "Remove";
          value = sides.${m.remove};
        }
        {
          name = "Patterns";
          value = m.patterns;
        }
        {
          name = "SyncState";
          value = "*";
        }
      ]
      ++ lib.mapAttrsToList (name: value: { inherit name value; }) m.extraConfig.channel
    );

  quotePattern = p: if lib.hasInfix " " p then ''"${lib.escape [ ''"'' ] p}"'' else p;

  groupChannel =
    a: group: channel:
    section "Channel ${group.name}-${channel.name}" (
      {
        Far = ":${a.name}-remote:${channel.farPattern}";
        Near = ":${a.name}-local:${channel.nearPattern}";
      }
      // channel.extraConfig
    )
    + lib.optionalString (channel.patterns != [ ]) (
      "Pattern " + lib.concatMapStringsSep " " quotePattern channel.patterns + "\n"
    );

  groupList =
    group:
    lib.concatStringsSep "\n" (
      [ "Group ${group.name}" ]
      ++ lib.mapAttrsToList (_: c: "Channel ${group.name}-${c.name}") group.channels
    );

  groupedChannels =
    a:
    let
      groups = lib.filter (g: g.channels != { }) (lib.attrValues a.mbsync.groups);
    in
    lib.concatMapStringsSep "\n" (
      g: lib.concatStringsSep "\n" (lib.mapAttrsToList (_: groupChannel a g) g.channels)
    ) groups
    + "\n"
    + lib.concatMapStringsSep "\n\n" groupList groups
    + "\n";

  accountText =
    a:
    lib.concatStringsSep "\n" [
      (accountSection a)
      (remoteSection a)
      (localSection a)
      (if a.mbsync.groups == { } then accountChannel a else groupedChannels a)
    ];

  # Global groups name the boxes of account-wide channels.
  globalGroup =
    name: channels:
    "\n"
    + lib.concatStringsSep "\n" (
      [ "Group ${name}" ]
      ++ lib.mapAttrsToList (ch: boxes: "Channel ${ch}:${lib.concatStringsSep "," boxes}") channels
    );

  configText =
    let
      groupsText = lib.optionals (lib.any (a: a.mbsync.groups == { }) mbsyncAccounts) (
        lib.mapAttrsToList globalGroup cfg.groups
      );
    in
    "# Generated by Home Manager.\n\n"
    + lib.optionalString (cfg.extraConfig != "") cfg.extraConfig
    + lib.concatMapStringsSep "\n\n" accountText mbsyncAccounts
    + lib.concatStringsSep "\n" groupsText;

  channelModule = types.submodule (
    { name, ... }:
    {
      options = {
        name = mkOption {
          type = types.str;
          default = name;
          description = "The channel's name (within its group).";
        };
        farPattern = mkOption {
          type = types.str;
          default = "";
          example = "[Gmail]/Sent Mail";
          description = "The remote mailbox; empty for the store's root.";
        };
        nearPattern = mkOption {
          type = types.str;
          default = "";
          example = "Sent";
          description = "The local mailbox; empty for the store's root.";
        };
        patterns = mkOption {
          type = types.listOf types.str;
          default = [ ];
          example = [
            "INBOX"
            "!Spam"
          ];
          description = "Which mailboxes below the two sides to sync.";
        };
        extraConfig = extraSection "channel";
      };
    }
  );

  groupModule = types.submodule (
    { name, ... }:
    {
      options = {
        name = mkOption {
          type = types.str;
          default = name;
          description = "The group's name.";
        };
        channels = mkOption {
          type = types.attrsOf channelModule;
          default = { };
          description = "The group's channels.";
        };
      };
    }
  );

  accountModule = {
    options.mbsync = {
      enable = lib.mkEnableOption "synchronizing this account with mbsync";

      flatten = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = ".";
        description = "A separator to flatten the remote folder hierarchy with.";
      };

      subFolders = mkOption {
        type = types.enum [
          "Verbatim"
          "Maildir++"
          "Legacy"
        ];
        default = "Verbatim";
        description = "How folders nest in the local maildir.";
      };

      create = sideOption "both" "create missing mailboxes";
      remove = sideOption "none" "remove mailboxes deleted on the other side";
      expunge = sideOption "both" "expunge deleted messages";

      patterns = mkOption {
        type = types.listOf types.str;
        default = [ "*" ];
        description = "Which mailboxes the account-wide channel syncs.";
      };

      groups = mkOption {
        type = types.attrsOf groupModule;
        default = { };
        description = "Groups of channels; with any, the account-wide channel goes.";
      };

      extraConfig = {
        account = extraSection "IMAPAccount";
        remote = extraSection "IMAPStore";
        local = extraSection "MaildirStore";
        channel = extraSection "account-wide Channel";
      };
    };
  };

  accountsMissing =
    pred: what:
    let
      bad = lib.filter pred mbsyncAccounts;
    in
    {
      assertion = bad == [ ];
      message = "mbsync: ${what} for accounts: " + lib.concatMapStringsSep ", " (a: a.name) bad;
    };
in
{
  options = {
    programs.mbsync = {
      enable = lib.mkEnableOption "mbsync IMAP4 and Maildir mailbox synchronizer";

      package = lib.mkPackageOption pkgs "isync" { };

      groups = mkOption {
        type = types.attrsOf (types.attrsOf (types.listOf types.str));
        default = { };
        example = {
          inboxes = {
            work = [ "Inbox" ];
            home = [ "Inbox" ];
          };
        };
        description = "Groups spanning accounts: group name, then channel (account) name, then its boxes.";
      };

      extraConfig = mkOption {
        type = types.lines;
        default = "";
        description = "Text put before the accounts.";
      };
    };

    accounts.email.accounts = mkOption {
      type = types.attrsOf (types.submodule accountModule);
    };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [
          (accountsMissing (a: a.maildir == null) "Missing maildir configuration")
          (accountsMissing (a: a.imap == null) "Missing IMAP configuration")
          (accountsMissing (a: a.passwordCommand == null) "Missing passwordCommand")
          (accountsMissing (a: a.imap != null && a.imap.userName == null) "Missing username")
        ];

        home.packages = [ cfg.package ];

        programs.notmuch.settings.new.ignore = [
          ".uidvalidity"
          ".mbsyncstate"
        ];

        xdg.configFile."isyncrc".text = configText;

        # mbsync does not create the local stores itself.
        home.activation = mkIf (mbsyncAccounts != [ ]) {
          createMaildir = lib.hm.dag.entryBetween [ "linkGeneration" ] [ "writeBoundary" ] ''
            run mkdir -m700 -p $VERBOSE_ARG ${
              lib.concatMapStringsSep " " (a: lib.escapeShellArg a.maildir.absPath) mbsyncAccounts
            }
          '';
        };
      }
    ]
  );
}
