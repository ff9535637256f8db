# accounts.email: the mail accounts that mail programs read (msmtp, mbsync,
# notmuch, neomutt, thunderbird...). Only the shared account data lives
# here; each program adds its own `<program>.*` options to an account from
# its own module, by declaring `accounts.email.accounts` again with a
# submodule of its options (the module system merges the two).
{ config, lib, ... }:

let
  inherit (lib) mkDefault mkIf mkOption types;

  cfg = config.accounts.email;

  enabledAccounts = lib.filterAttrs (_: a: a.enable) cfg.accounts;

  gpgModule = types.submodule {
    options = {
      key = mkOption {
        type = types.str;
        description = "The key to sign and encrypt with, as `gpg --list-keys` shows it.";
      };
      signByDefault = mkOption {
        type = types.bool;
        default = false;
        description = "Whether outgoing mail is signed unless asked otherwise.";
      };
      encryptByDefault = mkOption {
        type = types.bool;
        default = false;
        description = "Whether outgoing mail is encrypted unless asked otherwise.";
      };
    };
  };

  signatureModule = types.submodule {
    options = {
      text = mkOption {
        type = types.str;
        default = "";
        example = "Jane Doe\nExample Corp.";
        description = "The text of the signature.";
      };
      delimiter = mkOption {
        type = types.str;
        default = "--\n";
        description = "What separates the message body from the signature.";
      };
      command = mkOption {
        type = types.nullOr types.path;
        default = null;
        description = "A program whose output is the signature, for clients that run one.";
      };
      showSignature = mkOption {
        type = types.enum [
          "append"
          "attach"
          "none"
        ];
        default = "none";
        description = "How the signature goes with a message.";
      };
      htmlFormat = mkOption {
        type = types.bool;
        default = false;
        description = "Whether clients that can should read the signature as HTML.";
      };
    };
  };

  tlsModule = types.submodule {
    options = {
      enable = mkOption {
        type = types.bool;
        default = true;
        description = "Whether the connection uses TLS.";
      };
      useStartTls = mkOption {
        type = types.bool;
        default = false;
        description = "Whether TLS starts on a plain connection (STARTTLS) rather than at once.";
      };
      certificatesFile = mkOption {
        type = types.nullOr types.path;
        default = cfg.certificatesFile;
        defaultText = lib.literalExpression "config.accounts.email.certificatesFile";
        description = "The certificate authorities to check the server with; `null` for the system's.";
      };
    };
  };

  authenticationOption = mkOption {
    type = types.nullOr (
      types.either types.str (
        types.enum [
          "anonymous"
          "apop"
          "clear"
          "cram_md5"
          "digest_md5"
          "gssapi"
          "login"
          "ntlm"
          "plain"
          "xoauth2"
        ]
      )
    );
    default = null;
    example = "plain";
    description = "The authentication mechanism, `null` for the client's choice.";
  };

  # A server user name falls back to the account's, so one name serves
  # every protocol unless a server needs its own.
  userNameOption =
    account: protocol:
    mkOption {
      type = types.nullOr types.str;
      default = account.userName;
      defaultText = lib.literalExpression "config.accounts.email.accounts.<name>.userName";
      description = "The user name on the ${protocol} server.";
    };

  serverModule =
    account: protocol: defaultPortExample:
    types.submodule {
      options = {
        host = mkOption {
          type = types.str;
          example = "${lib.toLower protocol}.example.org";
          description = "The ${protocol} server's host name.";
        };
        port = mkOption {
          type = types.nullOr types.port;
          default = null;
          example = defaultPortExample;
          description = "The ${protocol} server's port, `null` for the protocol's default.";
        };
        userName = userNameOption account protocol;
        authentication = authenticationOption;
        tls = mkOption {
          type = tlsModule;
          default = { };
          description = "How the connection is secured.";
        };
      };
    };

  jmapModule =
    account:
    types.submodule {
      options = {
        host = mkOption {
          type = types.nullOr types.str;
          default = null;
          example = "jmap.example.org";
          description = "The JMAP server's host name; clients prefer it to `sessionUrl`.";
        };
        sessionUrl = mkOption {
          type = types.nullOr types.str;
          default = null;
          example = "https://jmap.example.org/.well-known/jmap";
          description = "The URL of the JMAP session resource.";
        };
        userName = userNameOption account "JMAP";
      };
    };

  ewsModule = types.submodule {
    options = {
      host = mkOption {
        type = types.str;
        example = "ews.example.org";
        description = "The Exchange Web Services server's host name.";
      };
      serviceDescriptionURL = mkOption {
        type = types.str;
        example = "https://ews.example.org/ews/exchange.asmx";
        description = "The URL of the EWS service description.";
      };
      authentication = authenticationOption;
      tls = mkOption {
        type = tlsModule;
        default = { };
        description = "How the connection is secured.";
      };
    };
  };

  maildirModule = types.submodule (
    { config, ... }:
    {
      options = {
        path = mkOption {
          type = types.str;
          description = "The account's maildir, relative to `accounts.email.maildirBasePath`.";
        };
        absPath = mkOption {
          type = types.path;
          readOnly = true;
          internal = true;
          default = "${cfg.maildirBasePath}/${config.path}";
          description = "The account's maildir as an absolute path.";
        };
      };
    }
  );

  # An extra identity of an account: its unset fields are the account's.
  aliasModule =
    { accountConfig, ... }:
    {
      options = {
        name = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "A label for this identity.";
        };
        realName = mkOption {
          type = types.str;
          example = "Jane Doe";
          description = "The name shown on mail sent as this identity.";
        };
        userName = mkOption {
          type = types.nullOr types.str;
          default = accountConfig.userName;
          defaultText = lib.literalExpression "the account's userName";
          description = "The server user name of this identity.";
        };
        address = mkOption {
          type = types.strMatching ".*@.*";
          example = "jane@example.org";
          description = "The address of this identity.";
        };
        signature = mkOption {
          type = types.nullOr signatureModule;
          default = accountConfig.signature;
          defaultText = lib.literalExpression "the account's signature";
          description = "The signature of this identity.";
        };
        gpg = mkOption {
          type = types.nullOr gpgModule;
          default = accountConfig.gpg;
          defaultText = lib.literalExpression "the account's gpg";
          description = "The OpenPGP settings of this identity.";
        };
        smtp = mkOption {
          type = types.nullOr (serverModule accountConfig "SMTP" 465);
          default = accountConfig.smtp;
          defaultText = lib.literalExpression "the account's smtp";
          description = "The SMTP server of this identity.";
        };
      };
    };

  # Servers and user names of the providers with a preset. A preset's
  # values are plain definitions (as in Home Manager), except user names
  # and the mailbox.org inbox, which stay overridable.
  flavorPresets = account: {
    "yandex.com" = {
      userName = mkDefault account.address;
      imap = {
        host = "imap.yandex.com";
        port = 993;
        tls.enable = true;
      };
      smtp = {
        host = "smtp.yandex.com";
        port = 465;
        tls.enable = true;
      };
    };
    "outlook.office365.com" = {
      userName = mkDefault account.address;
      imap = {
        host = "outlook.office365.com";
        port = 993;
        tls.enable = true;
      };
      smtp = {
        host = "smtp.office365.com";
        port = 587;
        tls = {
          enable = true;
          useStartTls = true;
        };
      };
    };
    "fastmail.com" = {
      userName = mkDefault account.address;
      imap = {
        host = "imap.fastmail.com";
        port = 993;
      };
      smtp = {
        host = "smtp.fastmail.com";
        port = if account.smtp.tls.useStartTls then 587 else 465;
      };
      jmap = {
        host = "fastmail.com";
        sessionUrl = "https://jmap.fastmail.com/.well-known/jmap";
      };
    };
    "mailbox.org" = {
      userName = mkDefault account.address;
      folders.inbox = mkDefault "INBOX";
      imap.host = "imap.mailbox.org";
      smtp.host = "smtp.mailbox.org";
    };
    "migadu.com" = {
      userName = mkDefault account.address;
      imap = {
        host = "imap.migadu.com";
        port = 993;
      };
      smtp = {
        host = "smtp.migadu.com";
        port = 465;
      };
    };
    "gmail.com" = {
      userName = mkDefault account.address;
      imap = {
        host = "imap.gmail.com";
        port = 993;
      };
      smtp = {
        host = "smtp.gmail.com";
        port = if account.smtp.tls.useStartTls then 587 else 465;
      };
    };
    "posteo.de" = {
      userName = mkDefault account.address;
      imap = {
        host = "posteo.de";
        port = 993;
        tls.enable = true;
      };
      smtp = {
        host = "posteo.de";
        port = 465;
        tls.enable = true;
      };
    };
    "runbox.com" = {
      imap = {
        host = "mail.runbox.com";
        port = 993;
      };
      smtp = {
        host = "mail.runbox.com";
        port = if account.smtp.tls.useStartTls then 587 else 465;
      };
    };
    # DavMail is a local gateway to Exchange, hence plain connections.
    davmail = {
      imap = {
        host = "localhost";
        port = 1143;
        authentication = "login";
      };
      smtp = {
        host = "localhost";
        port = 1025;
        tls.enable = false;
        authentication = "plain";
      };
    };
  };

  accountModule =
    { name, config, ... }:
    {
      options = {
        name = mkOption {
          type = types.str;
          readOnly = true;
          description = "The account's attribute name, which identifies it.";
        };
        primary = mkOption {
          type = types.bool;
          default = false;
          description = "Whether this is the primary account; exactly one enabled account is.";
        };
        enable = mkOption {
          type = types.bool;
          default = true;
          description = "Whether programs see this account (to keep one definition for many hosts).";
        };
        flavor = mkOption {
          type = types.enum ([ "plain" ] ++ builtins.attrNames (flavorPresets config));
          default = "plain";
          description = "The provider, whose servers and quirks then need no settings.";
        };
        address = mkOption {
          type = types.strMatching ".*@.*";
          example = "jane.doe@example.org";
          description = "The account's mail address.";
        };
        aliases = mkOption {
          type = types.listOf (
            types.oneOf [
              (types.strMatching ".*@.*")
              (types.submoduleWith {
                modules = [ aliasModule ];
                specialArgs.accountConfig = config;
                shorthandOnlyDefinesConfig = true;
              })
            ]
          );
          default = [ ];
          example = [ "postmaster@example.org" ];
          description = "Other identities of the account: addresses, or identities with their own settings.";
        };
        realName = mkOption {
          type = types.str;
          example = "Jane Doe";
          description = "The name shown on sent mail.";
        };
        userName = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "The user name on the account's servers (each server may override it).";
        };
        passwordCommand = mkOption {
          type = types.nullOr (types.either types.str (types.listOf types.str));
          default = null;
          # A string is split at spaces, so programs get an argument list.
          apply = p: if lib.isString p then lib.splitString " " p else p;
          example = "secret-tool lookup email jane@example.org";
          description = "A command that prints the account's password.";
        };
        folders = mkOption {
          type = types.submodule {
            options = {
              inbox = mkOption {
                type = types.str;
                default = "Inbox";
                description = "The inbox folder, relative to the maildir.";
              };
              sent = mkOption {
                type = types.nullOr types.str;
                default = "Sent";
                description = "The folder of sent mail.";
              };
              drafts = mkOption {
                type = types.nullOr types.str;
                default = "Drafts";
                description = "The folder of drafts.";
              };
              trash = mkOption {
                type = types.str;
                default = "Trash";
                description = "The folder of deleted mail.";
              };
            };
          };
          default = { };
          description = "The standard folders.";
        };
        imap = mkOption {
          type = types.nullOr (serverModule config "IMAP" 993);
          default = null;
          description = "The account's IMAP server.";
        };
        jmap = mkOption {
          type = types.nullOr (jmapModule config);
          default = null;
          description = "The account's JMAP server.";
        };
        smtp = mkOption {
          type = types.nullOr (serverModule config "SMTP" 465);
          default = null;
          description = "The account's SMTP server.";
        };
        ews = mkOption {
          type = types.nullOr ewsModule;
          default = null;
          description = "The account's Exchange Web Services server.";
        };
        signature = mkOption {
          type = signatureModule;
          default = { };
          description = "The account's signature.";
        };
        gpg = mkOption {
          type = types.nullOr gpgModule;
          default = null;
          description = "The account's OpenPGP settings.";
        };
        maildir = mkOption {
          type = types.nullOr maildirModule;
          defaultText = lib.literalExpression ''{ path = "''${name}"; }'';
          description = "Where the account's mail is kept locally; `null` for nowhere.";
        };
      };

      config = lib.mkMerge (
        [
          {
            inherit name;
            maildir = lib.mkOptionDefault { path = name; };
          }
        ]
        ++ lib.mapAttrsToList (flavor: preset: mkIf (config.flavor == flavor) preset) (
          flavorPresets config
        )
      );
    };
in
{
  options.accounts.email = {
    certificatesFile = mkOption {
      type = types.nullOr types.path;
      default = "/etc/ssl/certs/ca-certificates.crt";
      description = "The certificate authorities every account checks servers with, unless it sets its own.";
    };

    maildirBasePath = mkOption {
      type = types.str;
      default = "${config.home.homeDirectory}/Maildir";
      defaultText = "Maildir";
      apply = p: if lib.hasPrefix "/" p then p else "${config.home.homeDirectory}/${p}";
      description = "The directory holding every account's maildir; relative to the home directory unless absolute.";
    };

    accounts = mkOption {
      type = types.attrsOf (types.submodule accountModule);
      default = { };
      description = "The mail accounts, by name.";
    };
  };

  config = mkIf (enabledAccounts != { }) {
    assertions =
      let
        primaries = lib.catAttrs "name" (lib.filter (a: a.primary) (lib.attrValues enabledAccounts));
        count = builtins.length primaries;
      in
      [
        {
          assertion = count == 1;
          message =
            "Must have exactly one primary mail account but found ${toString count}"
            + lib.optionalString (count > 1) (", namely " + lib.concatStringsSep ", " primaries);
        }
      ];
  };
}
