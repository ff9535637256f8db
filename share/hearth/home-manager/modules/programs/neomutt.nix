# programs.neomutt: NeoMutt's $XDG_CONFIG_HOME/neomutt/neomuttrc, which
# registers every mail account with `neomutt.enable` and sources the
# primary one, and one file per account (neomutt/<name>) with its
# sending, receiving and signing settings. The `accounts.email.accounts.
# <name>.neomutt` and `notmuch.neomutt` options are declared here.
#
# UNVERIFIED: written when Home Manager's module and tests could not be read
# (the session's lookup budget was spent); options and output follow a
# recollection of them. The cases in tests/modules pin this file's own
# output until they are checked against Home Manager's tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;
  inherit (lib.hm.booleans) yesNo;

  cfg = config.programs.neomutt;

  neomuttAccounts = lib.filter (a: a.enable && a.neomutt.enable) (
    lib.attrValues config.accounts.email.accounts
  );

  accountFile = a: "${config.xdg.configHome}/neomutt/${a.name}";

  # Keys go in angle brackets only when they name a key (<space>); NeoMutt
  # reads "\Cp" and friends as they are.
  bindLines =
    command: binds:
    lib.concatMapStringsSep "\n" (
      b:
      let
        maps = if builtins.isList b.map then b.map else [ b.map ];
      in
      ''${command} ${lib.concatStringsSep "," maps} ${b.key} "${lib.escape [ ''"'' ] b.action}"''
    ) binds;

  setLines = settings: lib.concatStringsSep "\n" (lib.mapAttrsToList (n: v: "set ${n} = ${v}") settings);

  sidebarText = ''
    # Sidebar
    set sidebar_visible = yes
    set sidebar_short_path = ${yesNo cfg.sidebar.shortPath}
    set sidebar_width = ${toString cfg.sidebar.width}
    set sidebar_format = '${cfg.sidebar.format}'
  '';

  mailCheckText = ''
    set mail_check_stats
    set mail_check_stats_interval = ${toString cfg.checkStatsInterval}
  '';

  imapRoot =
    a: "imaps://${a.imap.host}${lib.optionalString (a.imap.port != null) ":${toString a.imap.port}"}";

  rootOf = a: type: if type == "imap" then imapRoot a else a.maildir.absPath;

  mailboxRoot = a: rootOf a a.neomutt.mailboxType;

  extraMailbox =
    a: m:
    let
      box =
        if builtins.isString m then
          {
            mailbox = m;
            name = null;
            type = null;
          }
        else
          m;
      type = if box.type == null then a.neomutt.mailboxType else box.type;
      command = if box.name == null then "mailboxes" else ''named-mailboxes "${box.name}"'';
    in
    ''${command} "${rootOf a type}/${box.mailbox}"'';

  # Registration in neomuttrc: the account's mailboxes, and a hook that
  # loads its file whenever one of its folders opens.
  registerAccount =
    a:
    let
      n = a.neomutt;
      defaultBox =
        if n.mailboxName == null then
          ''mailboxes "${mailboxRoot a}/${a.folders.inbox}"''
        else
          ''named-mailboxes "${n.mailboxName}" "${mailboxRoot a}/${a.folders.inbox}"'';
      hook = if n.mailboxType == "imap" then "account-hook" else "folder-hook";
    in
    lib.concatStringsSep "\n" (
      [ "# register account ${a.name}" ]
      ++ lib.optional n.showDefaultMailbox defaultBox
      ++ map (extraMailbox a) n.extraMailboxes
      ++ [
        ''
          ${hook} ${mailboxRoot a}/ " \
                    source ${accountFile a} "''
      ]
    )
    + "\n";

  passwordCommand = a: lib.concatStringsSep " " a.passwordCommand;

  # Sending: a mail transfer agent's command, or NeoMutt's own SMTP.
  mtaSettings =
    a:
    if a.neomutt.sendMailCommand != null then
      { sendmail = "'${a.neomutt.sendMailCommand}'"; }
    else
      let
        scheme = if a.smtp.tls.enable && !a.smtp.tls.useStartTls then "smtps" else "smtp";
        port = lib.optionalString (a.smtp.port != null) ":${toString a.smtp.port}";
        user = lib.escape [ "@" ":" ] a.smtp.userName;
      in
      {
        smtp_url = "'${scheme}://${user}@${a.smtp.host}${port}'";
      }
      // lib.optionalAttrs (a.passwordCommand != null) {
        smtp_pass = ''"`${passwordCommand a}`"'';
      };

  folderSettings =
    a:
    {
      from = "'${a.address}'";
      realname = "'${a.realName}'";
      spoolfile = "'+${a.folders.inbox}'";
      trash = "'+${a.folders.trash}'";
    }
    // lib.optionalAttrs (a.folders.sent != null) { record = "'+${a.folders.sent}'"; }
    // lib.optionalAttrs (a.folders.drafts != null) { postponed = "'+${a.folders.drafts}'"; };

  # Receiving: the local maildir, or the IMAP server directly.
  mraSettings =
    a:
    folderSettings a
    // (
      if a.neomutt.mailboxType == "imap" then
        {
          folder = "'${mailboxRoot a}'";
          imap_user = "'${a.imap.userName}'";
        }
        // lib.optionalAttrs (a.passwordCommand != null) {
          imap_pass = ''"`${passwordCommand a}`"'';
        }
      else
        { folder = "'${a.maildir.absPath}'"; }
    );

  signatureLine =
    a:
    if a.signature.showSignature == "none" then
      "unset signature"
    else if a.signature.command != null then
      ''set signature = "${a.signature.command}|"''
    else
      "set signature = ${pkgs.writeText "signature.txt" a.signature.text}";

  virtualMailbox =
    v:
    let
      limit = lib.optionalString (v.limit != null) "&limit=${toString v.limit}";
      type = lib.optionalString (v.type != null) "&type=${v.type}";
    in
    ''virtual-mailboxes "${v.name}" "notmuch://?query=${v.query}${limit}${type}"'';

  notmuchText =
    a:
    ''

      # notmuch section
      set nm_default_uri = "notmuch://${config.accounts.email.maildirBasePath}"
    ''
    + lib.concatMapStrings (v: virtualMailbox v + "\n") a.notmuch.neomutt.virtualMailboxes;

  accountText =
    a:
    let
      tls = (a.imap != null && a.imap.tls.enable) || (a.smtp != null && a.smtp.tls.enable);
    in
    ''
      # Generated by Home Manager.${lib.optionalString cfg.unmailboxes "\nunmailboxes *\n"}
      set ssl_force_tls = ${yesNo tls}
      set certificate_file=${toString config.accounts.email.certificatesFile}

      # GPG section
      set crypt_autosign = ${yesNo (a.gpg != null && a.gpg.signByDefault)}
      set crypt_opportunistic_encrypt = ${yesNo (a.gpg != null && a.gpg.encryptByDefault)}
      set pgp_use_gpg_agent = yes
      set mbox_type = ${if a.maildir != null then "Maildir" else "mbox"}
      set sort = "${cfg.sort}"

      # MTA section
      ${setLines (mtaSettings a)}

      ${lib.optionalString (cfg.checkStatsInterval != null) mailCheckText}
      ${lib.optionalString cfg.sidebar.enable sidebarText}
      # MRA section
      ${setLines (mraSettings a)}

      # Extra configuration
      ${a.neomutt.extraConfig}

      ${signatureLine a}
    ''
    + lib.optionalString (a.notmuch.enable && a.notmuch.neomutt.enable) (notmuchText a);

  primary = lib.findFirst (a: a.primary) null neomuttAccounts;

  mainText = ''
    # Generated by Home Manager.
    set header_cache = "${config.xdg.cacheHome}/neomutt/headers/"
    set message_cachedir = "${config.xdg.cacheHome}/neomutt/messages/"
    set editor = "${cfg.editor}"
    set implicit_autoview = yes
    set crypt_use_gpgme = yes

    alternative_order text/enriched text/plain text

    set delete = yes

    ${lib.optionalString cfg.vimKeys "source ${cfg.package}/share/doc/neomutt/vim-keys/vim-keys.rc"}

    # Binds
    ${bindLines "bind" cfg.binds}

    # Macros
    ${bindLines "macro" cfg.macros}

    ${lib.optionalString cfg.sidebar.enable sidebarText}
    # Extra configuration
    ${setLines cfg.settings}

    ${cfg.extraConfig}
  ''
  # A last line without its newline would run into the first account's.
  + lib.optionalString (cfg.extraConfig != "" && !lib.hasSuffix "\n" cfg.extraConfig) "\n"
  + lib.concatMapStringsSep "\n" registerAccount neomuttAccounts
  + lib.optionalString (cfg.sourcePrimaryAccount && primary != null) ''

    # Source primary account
    source ${accountFile primary}
  '';

  mapOption = mkOption {
    type = types.either (types.enum mapNames) (types.listOf (types.enum mapNames));
    default = "index";
    description = "The menus (maps) the key works in.";
  };

  mapNames = [
    "alias"
    "attach"
    "browser"
    "compose"
    "editor"
    "generic"
    "index"
    "mix"
    "pager"
    "pgp"
    "postpone"
    "query"
    "smime"
  ];

  bindModule = types.submodule {
    options = {
      map = mapOption;
      key = mkOption {
        type = types.str;
        example = "<left>";
        description = "The key, as NeoMutt spells it.";
      };
      action = mkOption {
        type = types.str;
        example = "<enter-command>toggle sidebar_visible<enter><refresh>";
        description = "What the key does: a function, or keys to replay for a macro.";
      };
    };
  };

  extraMailboxModule = types.submodule {
    options = {
      mailbox = mkOption {
        type = types.str;
        description = "The mailbox, relative to the account's root.";
      };
      name = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "A name shown instead of the mailbox.";
      };
      type = mkOption {
        type = types.nullOr (
          types.enum [
            "maildir"
            "imap"
          ]
        );
        default = null;
        description = "Where the mailbox lives; `null` for the account's mailboxType.";
      };
    };
  };

  virtualMailboxModule = types.submodule {
    options = {
      name = mkOption {
        type = types.str;
        example = "My INBOX";
        description = "The name of the virtual mailbox.";
      };
      query = mkOption {
        type = types.str;
        example = "tag:inbox";
        description = "The notmuch query it shows.";
      };
      limit = mkOption {
        type = types.nullOr types.int;
        default = null;
        description = "At most this many messages.";
      };
      type = mkOption {
        type = types.nullOr (
          types.enum [
            "threads"
            "messages"
          ]
        );
        default = null;
        description = "Whether the query yields threads or messages.";
      };
    };
  };

  accountModule =
    { config, ... }:
    {
      options.neomutt = {
        enable = lib.mkEnableOption "NeoMutt for this account";

        sendMailCommand = mkOption {
          type = types.nullOr types.str;
          default = if config.msmtp.enable then "msmtpq --read-envelope-from --read-recipients" else null;
          defaultText = lib.literalExpression ''if msmtp.enable then "msmtpq --read-envelope-from --read-recipients" else null'';
          example = "msmtpq --read-envelope-from --read-recipients";
          description = "A program that sends mail; `null` for NeoMutt's own SMTP.";
        };

        mailboxName = mkOption {
          type = types.nullOr types.str;
          default = null;
          example = "==== <mailbox-name> ===";
          description = "A name shown for the account's inbox.";
        };

        mailboxType = mkOption {
          type = types.enum [
            "maildir"
            "imap"
          ];
          default = "maildir";
          description = "Whether NeoMutt reads the local maildir or the IMAP server.";
        };

        showDefaultMailbox = mkOption {
          type = types.bool;
          default = true;
          description = "Whether the inbox is listed among the mailboxes.";
        };

        extraMailboxes = mkOption {
          type = types.listOf (types.either types.str extraMailboxModule);
          default = [ ];
          description = "More mailboxes to list.";
        };

        extraConfig = mkOption {
          type = types.lines;
          default = "";
          example = "color status cyan default";
          description = "Text added to the account's file.";
        };
      };

      options.notmuch.neomutt = {
        enable = mkOption {
          type = types.bool;
          default = true;
          description = "Whether NeoMutt uses this account's notmuch database.";
        };

        virtualMailboxes = mkOption {
          type = types.listOf virtualMailboxModule;
          default = [
            {
              name = "My INBOX";
              query = "tag:inbox";
            }
          ];
          description = "Notmuch searches shown as mailboxes.";
        };
      };
    };
in
{
  options = {
    programs.neomutt = {
      enable = lib.mkEnableOption "the NeoMutt mail client";

      package = lib.mkPackageOption pkgs "neomutt" { };

      sidebar = {
        enable = lib.mkEnableOption "the sidebar";
        shortPath = mkOption {
          type = types.bool;
          default = true;
          description = "Whether the sidebar shows mailboxes by their last path component.";
        };
        width = mkOption {
          type = types.int;
          default = 22;
          description = "The sidebar's width in columns.";
        };
        format = mkOption {
          type = types.str;
          default = "%D%?F? [%F]?%* %?N?%N/?%S";
          description = "The sidebar's line format (sidebar_format).";
        };
      };

      sort = mkOption {
        type = types.enum [
          "date"
          "date-received"
          "from"
          "mailbox-order"
          "score"
          "size"
          "spam"
          "subject"
          "threads"
          "to"
        ];
        default = "threads";
        description = "How the index sorts messages.";
      };

      vimKeys = lib.mkEnableOption "vim-like key bindings";

      checkStatsInterval = mkOption {
        type = types.nullOr types.int;
        default = null;
        example = 60;
        description = "Seconds between mailbox statistics checks; `null` for no checks.";
      };

      editor = mkOption {
        type = types.str;
        default = "$EDITOR";
        description = "The editor for composing mail.";
      };

      settings = mkOption {
        type = types.attrsOf types.str;
        default = { };
        description = "More `set` commands, by variable; values are written as they are.";
      };

      binds = mkOption {
        type = types.listOf bindModule;
        default = [ ];
        description = "Key bindings.";
      };

      macros = mkOption {
        type = types.listOf bindModule;
        default = [ ];
        description = "Key macros.";
      };

      sourcePrimaryAccount = mkOption {
        type = types.bool;
        default = true;
        description = "Whether neomuttrc loads the primary account's file at start.";
      };

      unmailboxes = mkOption {
        type = types.bool;
        default = false;
        description = "Whether an account's file first drops the mailboxes of others.";
      };

      extraConfig = mkOption {
        type = types.lines;
        default = "";
        description = "Text added to neomuttrc before the accounts.";
      };
    };

    accounts.email.accounts = mkOption {
      type = types.attrsOf (types.submodule accountModule);
    };
  };

  config = mkIf cfg.enable {
    home.packages = [ cfg.package ];

    xdg.configFile = {
      "neomutt/neomuttrc" = mkIf (neomuttAccounts != [ ]) { text = mainText; };
    }
    // lib.listToAttrs (
      map (a: lib.nameValuePair "neomutt/${a.name}" { text = accountText a; }) neomuttAccounts
    );
  };
}
