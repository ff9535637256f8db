# The shared test accounts in accounts.conf: one read from IMAP and sent
# over SMTP with STARTTLS, one synced by mbsync and sent by msmtp with
# OpenPGP settings and aliases, and an account from extraAccounts.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts = {
    "hm@example.com" = {
      aliases = [ "alias@example.com" ];
      gpg = {
        key = "ABCD";
        signByDefault = true;
      };
      mbsync.enable = true;
      msmtp.enable = true;
      aerc = {
        enable = true;
        extraAccounts.check-mail = "5m";
      };
    };
    hm-account = {
      imap.port = 993;
      aerc = {
        enable = true;
        smtpAuth = "login";
        extraConfig.ui.sidebar-width = 30;
      };
    };
  };

  programs.aerc = {
    enable = true;
    extraAccounts.Other = {
      source = "maildir:///home/hm-user/other";
      default = "INBOX";
    };
  };

  test.expected = {
    "home-files/.config/aerc/accounts.conf" = ./accounts-expected-accounts.conf;
    "home-files/.config/aerc/aerc.conf" = ./accounts-expected-aerc.conf;
  };
}
