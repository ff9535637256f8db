# The mail accounts Home Manager's tests share
# (tests/modules/accounts/email-test-accounts.nix), with the same values:
# two accounts, and a disabled one every one of whose settings throws when
# read, so a module that looks at a disabled account fails its test.
# Program option groups that no module declares here are skipped.
{ lib, options, ... }:

let
  accountOptions = options.accounts.email.accounts.type.nestedTypes.elemType.getSubOptions [ ];

  # Option groups read while merging, so only their leaves may throw.
  programGroups = lib.filter (n: accountOptions ? ${n}) [
    "aerc"
    "alot"
    "astroid"
    "getmail"
    "himalaya"
    "imapnotify"
    "lieer"
    "mbsync"
    "meli"
    "msmtp"
    "mu"
    "mujmap"
    "neomutt"
    "notmuch"
    "offlineimap"
    "thunderbird"
  ];

  # Groups nested in a program's group, with the same need.
  nestedGroups = {
    lieer = [ "sync" ];
    mbsync = [ "extraConfig" ];
    msmtp = [ "tls" ];
    notmuch = [ "neomutt" ];
    offlineimap = [ "extraConfig" ];
  };

  throwing = prefix: lib.mapAttrs (n: _: throw "Unexpected access of ${prefix}.${n}");

  base = "accounts.email.accounts.disabled-account";

  groupThrows =
    name:
    let
      opts = accountOptions.${name};
      nested = lib.filter (n: opts ? ${n}) (nestedGroups.${name} or [ ]);
    in
    throwing "${base}.${name}" (removeAttrs opts nested)
    // lib.genAttrs nested (n: throwing "${base}.${name}.${n}" opts.${n});
in
{
  accounts.email = {
    maildirBasePath = "Mail";

    accounts = {
      "hm@example.com" = {
        primary = true;
        address = "hm@example.com";
        userName = "home.manager";
        realName = "H. M. Test";
        passwordCommand = "password-command";
        imap.host = "imap.example.com";
        smtp.host = "smtp.example.com";
      };

      hm-account = {
        address = "hm@example.org";
        userName = "home.manager.jr";
        realName = "H. M. Test Jr.";
        passwordCommand = "password-command 2";
        imap.host = "imap.example.org";
        smtp.host = "smtp.example.org";
        smtp.tls.useStartTls = true;
      };

      disabled-account =
        throwing base (
          removeAttrs accountOptions (
            [
              "_module"
              "enable"
            ]
            ++ programGroups
          )
        )
        // lib.genAttrs programGroups groupThrows
        // {
          enable = false;
        };
    };
  };
}
