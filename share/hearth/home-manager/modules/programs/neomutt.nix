# programs.neomutt: NeoMutt's $XDG_CONFIG_HOME/neomutt/neomuttrc, which
# registers every mail account with `neomutt.enable` (and
# `neomutt.registerAccount`) and sources the primary one, and one file per
# account (neomutt/<name>) with its sending, receiving and signing
# settings. IMAP logins come from a generated account_command script. The
# `accounts.email.accounts.<name>.neomutt` and `notmuch.neomutt` options
# are declared here.
#
# Checked against Home Manager's module and tests. The index held expected
# files of several ages; where they disagree, the output follows the
# module's current text.
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

  # One "set" per variable, in name order; null unsets it.
  setLine = n: v: if v == null then "unset ${n}" else "set ${n}=${v}";
  setLines = settings: lib.concatStringsSep "\n" (lib.mapAttrsToList setLine settings);

  # Binds and macros: the action goes in double quotes as written.
  bindLines =
    command:
    lib.concatMapStringsSep "\n" (
      b: ''${command} ${lib.concatStringsSep "," (lib.toList b.map)} ${b.key} "${b.action}"''
    );

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
    a:
    let
      scheme = if a.imap.tls.enable then "imaps" else "imap";
      user = lib.optionalString (a.userName != null) "${a.userName}@";
      port = lib.optionalString (a.imap.port != null) ":${toString a.imap.port}";
    in
    "${scheme}://${user}${a.imap.host}${port}";

  mailboxRoot = a: if a.neomutt.mailboxType == "imap" then imapRoot a else a.maildir.absPath;

  extraMailboxLine =
    a: m:
    let
      root =
        if builtins.isString m || m.type == null then
          mailboxRoot a
        else if m.type == "imap" then
          imapRoot a
        else
          a.maildir.absPath;
    in
    if builtins.isString m then
      ''mailboxes "${root}/${m}"''
    else if m.name == null then
      ''mailboxes "${root}/${m.mailbox}"''
    else
      ''named-mailboxes "${m.name}" "${root}/${m.mailbox}"'';

  # Registration in neomuttrc: the account's mailboxes, and a hook that
  # loads its file whenever one of its folders opens.
  registerLines =
    a:
    let
      n = a.neomutt;
      root = mailboxRoot a;
      listCommand = if n.mailboxName == null then "mailboxes" else ''named-mailboxes "${n.mailboxName}"'';
      hook = if n.mailboxType == "imap" then "account-hook" else "folder-hook";
    in
    [ "## register account ${a.name}" ]
    ++ lib.optional n.showDefaultMailbox ''${listCommand} "${root}/${a.folders.inbox}"''
    ++ [
      (lib.concatMapStringsSep "\n" (extraMailboxLine a) n.extraMailboxes)
      ''
        ${hook} ${root}/ " \
                  source ${accountFile a} "
      ''
    ];

  # IMAP mailboxes need logins, which NeoMutt (2022-05-16 and later) asks
  # of this script by user and host.
  needsAccountCommand = lib.any (
    a:
    a.neomutt.mailboxType == "imap"
    || lib.any (m: !builtins.isString m && m.type == "imap") a.neomutt.extraMailboxes
  ) neomuttAccounts;

  loginCase = a: ''
    ${a.userName}@${a.imap.host})
        found=1
        username="${a.userName}"
        password="$(${toString a.passwordCommand})"
        ;;'';

  accountCommand = pkgs.writeShellScriptBin "account-command.sh" ''
    # Automatically set login variables based on the current account.
    # This requires NeoMutt >= 2022-05-16

    while [ ! -z "$1" ]; do
      case "$1" in
         --hostname)
             shift
             hostname="$1"
             ;;
         --username)
             shift
             username="$1@"
             ;;
         --type)
            shift
            type="$1"
             ;;
         *)
            exit 1
            ;;
      esac
    shift
    done

    found=
    case "''${username}''${hostname}" in
      ${lib.concatMapStringsSep "\n" loginCase (
        lib.filter (
          a: a.imap != null && a.imap.host != null && a.userName != null && a.passwordCommand != null
        ) neomuttAccounts
      )}
    esac

    if [ -n "$found" ]; then
      echo "username: $username"
      echo "password: $password"
    fi
  '';

  # Sending: a mail transfer agent's command, or NeoMutt's own SMTP.
  mtaSettings =
    a:
    if a.neomutt.sendMailCommand != null then
      { sendmail = "'${a.neomutt.sendMailCommand}'"; }
    else
      let
        scheme = if a.smtp.tls.enable && !a.smtp.tls.useStartTls then "smtps" else "smtp";
        port = lib.optionalString (a.smtp.port != null) ":${toString a.smtp.port}";
        user = builtins.replaceStrings [ "%" ] [ "%25" ] a.userName;
      in
      {
        smtp_url = "'${scheme}://${user}@${a.smtp.host}${port}'";
        smtp_pass = ''"`${lib.concatStringsSep " " a.passwordCommand}`"'';
      };

  # Receiving: the folders, and the account's root as `folder` unless
  # changing folders on sourcing is off.
  mraSettings =
    a:
    {
      from = "'${a.address}'";
      realname = "'${a.realName}'";
      spoolfile = "'+${a.folders.inbox}'";
      record = if a.folders.sent == null then null else "'+${a.folders.sent}'";
      postponed = "'+${a.folders.drafts}'";
      trash = "'+${a.folders.trash}'";
    }
    // lib.optionalAttrs cfg.changeFolderWhenSourcingAccount { folder = "'${mailboxRoot a}'"; };

  mraText =
    a:
    if a.imap != null && a.imap.host != null || a.maildir != null then
      setLines (mraSettings a) + "\n"
    else
      throw "Only maildir and IMAP is supported at the moment";

  signatureLine =
    a:
    if a.signature.showSignature == "none" then
      "unset signature"
    else if a.signature.command != null then
      ''set signature = "${a.signature.command}|"''
    else
      "set signature = ${pkgs.writeText "signature.txt" a.signature.text}";

  virtualMailboxLine =
    v:
    let
      limit = lib.optionalString (v.limit != null) "&limit=${toString v.limit}";
      type = lib.optionalString (v.type != null) "&type=${v.type}";
    in
    ''virtual-mailboxes "${v.name}" "notmuch://?query=${lib.escapeURL v.query}${limit}${type}"'';

  notmuchText =
    a:
    let
      boxes = a.notmuch.neomutt.virtualMailboxes;
    in
    ''
      # notmuch section
      set nm_default_uri = "notmuch://${config.accounts.email.maildirBasePath}"
      ${lib.optionalString (boxes != [ ]) (lib.concatMapStringsSep "\n" virtualMailboxLine boxes)}
    '';

  # The account file: sections joined by blank-line-free newlines, the
  # optional ones only when on.
  accountText =
    a:
    let
      tls = a.imap.tls.enable || a.imap.tls.useStartTls;
    in
    lib.concatStringsSep "\n" (
      [
        ''
          # Generated by Home Manager.${lib.optionalString cfg.unmailboxes "\nunmailboxes *\n"}
          set ssl_force_tls = ${yesNo tls}
          set certificate_file=${toString config.accounts.email.certificatesFile}

          # GPG section
          set crypt_autosign = ${yesNo (a.gpg.signByDefault or false)}
          set crypt_opportunistic_encrypt = ${yesNo (a.gpg.encryptByDefault or false)}
          set pgp_use_gpg_agent = yes
          set mbox_type = ${if a.maildir != null then "Maildir" else "mbox"}
          set sort = "${cfg.sort}"

          # MTA section
          ${setLines (mtaSettings a)}
        ''
      ]
      ++ lib.optional (cfg.checkStatsInterval != null) mailCheckText
      ++ lib.optional cfg.sidebar.enable sidebarText
      ++ [
        ''
          # MRA section
          ${mraText a}

          # Extra configuration
          ${a.neomutt.extraConfig}

          ${signatureLine a}
        ''
      ]
      ++ lib.optional (a.notmuch.enable && a.notmuch.neomutt.enable) (notmuchText a)
    );

  # The primary account if NeoMutt handles it, else the first one.
  primary = lib.head (lib.filter (a: a.primary) neomuttAccounts ++ neomuttAccounts);

  mainText = lib.concatStringsSep "\n" (
    [
      "# Generated by Home Manager."
      ''set header_cache = "${config.xdg.cacheHome}/neomutt/headers/"''
      ''set message_cachedir = "${config.xdg.cacheHome}/neomutt/messages/"''
      ''set editor = "${cfg.editor}"''
      "set implicit_autoview = yes"
      "set crypt_use_gpgme = yes"
      "alternative_order text/enriched text/plain text"
      "set delete = yes"
      (lib.optionalString cfg.vimKeys "source ${cfg.package}/share/doc/neomutt/vim-keys/vim-keys.rc")
    ]
    ++ lib.optionals (cfg.binds != [ ]) [
      "\n# Binds"
      (bindLines "bind" cfg.binds)
    ]
    ++ [
      "\n# Macros"
      (bindLines "macro" cfg.macros)
      "# Register accounts"
      (lib.optionalString needsAccountCommand ''
        set account_command = '${accountCommand}/bin/account-command.sh'
      '')
    ]
    ++ lib.concatMap registerLines (lib.filter (a: a.neomutt.registerAccount) neomuttAccounts)
    ++ [
      (lib.optionalString cfg.sourcePrimaryAccount ''
        # Source primary account
        source ${accountFile primary}
      '')
      "# Extra configuration"
      (setLines cfg.settings)
      cfg.extraConfig
    ]
  );

  menus = [
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

  sortMethods = [
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

  bindModule = types.submodule {
    options = {
      map = mkOption {
        type = types.either (types.enum menus) (types.listOf (types.enum menus));
        default = [ "index" ];
        description = "The menus (maps) the key works in; a single name is deprecated.";
      };
      key = mkOption {
        type = types.str;
        example = "<left>";
        description = ''
          The key, as NeoMutt spells it; a backslash is doubled in Nix
          (`"\\Cp"` for Ctrl-p).
        '';
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
        example = "Sent";
        description = "The mailbox, relative to the account's root.";
      };
      name = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "Junk";
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
        example = "imap";
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
        enable = lib.mkEnableOption "NeoMutt";

        sendMailCommand = mkOption {
          type = types.nullOr types.str;
          default = if config.msmtp.enable then "msmtpq --read-envelope-from --read-recipients" else null;
          defaultText = lib.literalExpression ''if config.msmtp.enable then "msmtpq --read-envelope-from --read-recipients" else null'';
          example = "msmtpq --read-envelope-from --read-recipients";
          description = "A program that sends mail; `null` for NeoMutt's own SMTP.";
        };

        extraConfig = mkOption {
          type = types.lines;
          default = "";
          example = "color status cyan default";
          description = "Text added to the account's file.";
        };

        showDefaultMailbox = mkOption {
          type = types.bool;
          default = true;
          description = "Whether the inbox is listed among the mailboxes.";
        };

        registerAccount = mkOption {
          type = types.bool;
          default = true;
          description = "Whether neomuttrc registers the account's mailboxes and hook.";
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
          example = "imap";
          description = "Whether NeoMutt reads the local maildir or the IMAP server.";
        };

        extraMailboxes = mkOption {
          type = types.listOf (types.either types.str extraMailboxModule);
          default = [ ];
          description = "More mailboxes to list.";
        };
      };

      options.notmuch.neomutt = {
        enable = lib.mkEnableOption "Notmuch support in NeoMutt" // {
          default = true;
        };

        virtualMailboxes = mkOption {
          type = types.listOf virtualMailboxModule;
          default = [
            {
              name = "My INBOX";
              query = "tag:inbox";
            }
          ];
          example = [
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
        enable = lib.mkEnableOption "sidebar support";
        width = mkOption {
          type = types.int;
          default = 22;
          description = "The sidebar's width in columns.";
        };
        shortPath = mkOption {
          type = types.bool;
          default = true;
          description = "Whether the sidebar shows mailboxes by their last path component.";
        };
        format = mkOption {
          type = types.str;
          default = "%D%?F? [%F]?%* %?N?%N/?%S";
          description = "The sidebar's line format (sidebar_format).";
        };
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

      sort = mkOption {
        # Each method, also reversed and by last thread activity.
        type = types.enum (
          lib.concatMap (prefix: map (m: prefix + m) sortMethods) [
            ""
            "reverse-"
            "last-"
            "reverse-last-"
          ]
        );
        default = "threads";
        description = "How the index sorts messages.";
      };

      vimKeys = mkOption {
        type = types.bool;
        default = false;
        description = "Whether to load NeoMutt's vim-like key bindings.";
      };

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

      changeFolderWhenSourcingAccount =
        lib.mkEnableOption "changing the folder when sourcing an account"
        // {
          default = true;
        };

      sourcePrimaryAccount = lib.mkEnableOption "source the primary account by default" // {
        default = true;
      };

      unmailboxes = mkOption {
        type = types.bool;
        default = false;
        description = "Whether an account's file first drops the mailboxes listed so far (`unmailboxes *`).";
      };

      extraConfig = mkOption {
        type = types.lines;
        default = "";
        description = "Text added at the end of neomuttrc.";
      };
    };

    accounts.email.accounts = mkOption {
      type = types.attrsOf (types.submodule accountModule);
    };
  };

  config = mkIf cfg.enable {
    assertions = [
      {
        assertion = lib.all (b: lib.toList b.map != [ ]) (cfg.binds ++ cfg.macros);
        message = "The 'programs.neomutt.(binds|macros).map' list must contain at least one element.";
      }
    ];

    warnings = lib.optional (lib.any (b: !builtins.isList b.map) (cfg.binds ++ cfg.macros)) "Specifying 'programs.neomutt.(binds|macros).map' as a string is deprecated, use a list of strings instead. See https://github.com/nix-community/home-manager/pull/1885.";

    home.packages = [ cfg.package ];

    home.file = lib.listToAttrs (
      map (a: lib.nameValuePair (accountFile a) { text = accountText a; }) neomuttAccounts
    );

    xdg.configFile."neomutt/neomuttrc" = mkIf (neomuttAccounts != [ ]) { text = mainText; };
  };
}
