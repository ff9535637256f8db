# The configuration of Home Manager's aerc-assertion test, but for the
# account's non-ui settings that make it fail.
{
  programs.aerc = {
    enable = true;
    extraAccounts = {
      Test1 = {
        source = "maildir:///dev/null";
        enable-folders-sort = true;
        folders = [
          "INBOX"
          "SENT"
          "JUNK"
        ];
      };
    };
    extraConfig.general = {
      # unsafe-accounts-conf = true;
      pgp-provider = "gpg";
    };
  };

  accounts.email.accounts.Test2 = {
    address = "addr@mail.invalid";
    userName = "addr@mail.invalid";
    realName = "Foo Bar";
    primary = true;
    imap.host = "imap.host.invalid";
    passwordCommand = "echo PaSsWorD!";
    aerc.enable = true;
  };
}
