# Hearth's own case (Home Manager's offlineimap tests were not readable):
# both test accounts, a Gmail one with a command of several arguments and
# one over plain IMAP on its own port with a post-sync hook; the mbnames
# and DEFAULT sections and every per-account extra section.
{ lib, ... }:
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  programs.offlineimap = {
    enable = true;
    package = {
      type = "derivation";
      name = "offlineimap";
      outPath = "@offlineimap@";
    };
    pythonFile = ''
      def get_pass(service, cmd):
          return b"secret"
    '';
    extraConfig = {
      general = {
        maxage = 30;
        ui = "blinkenlights";
      };
      default.gmailtrashfolder = "[Gmail]/Papierkorb";
      mbnames = {
        filename = "~/.config/mutt/mailboxes";
        header = "'mailboxes '";
      };
    };
  };

  accounts.email.accounts = {
    "hm@example.com" = {
      flavor = "gmail.com";
      # The test account names its own servers; Gmail's preset ones win.
      imap.host = lib.mkForce "imap.gmail.com";
      smtp.host = lib.mkForce "smtp.gmail.com";
      passwordCommand = lib.mkForce [
        "pass"
        "show"
        "mail/hm"
      ];
      offlineimap.enable = true;
    };

    hm-account = {
      imap = {
        port = 143;
        tls.enable = false;
      };
      offlineimap = {
        enable = true;
        postSyncHookCommand = "notmuch new";
        extraConfig = {
          account.autorefresh = 20;
          local.sync_deletes = true;
          remote = {
            maxconnections = 2;
            expunge = false;
          };
        };
      };
    };
  };

  test.expected = {
    "home-files/.config/offlineimap/config" = ./options-expected.conf;
    "home-files/.config/offlineimap/get_settings.py" = ./options-expected.py;
  };
}
