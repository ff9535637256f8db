# As Home Manager's mbsync-username-fallback test: without imap.userName
# the IMAP user is the account's. The maildir base is the default here,
# and STARTTLS, a port and extra settings show in the sections.
{
  accounts.email.accounts."fallback-test" = {
    primary = true;
    address = "test@example.com";
    userName = "default-user";
    realName = "Test User";
    passwordCommand = "pass test";

    imap = {
      host = "imap.example.com";
      port = 143;
      tls.useStartTls = true;
    };

    mbsync = {
      enable = true;
      create = "maildir";
      expunge = "none";
      remove = "imap";
      patterns = [
        "*"
        "!Spam Folder"
      ];
      extraConfig = {
        account.PipelineDepth = 50;
        channel.CopyArrivalDate = true;
        local.Trash = "Trash";
      };
    };
  };

  programs.mbsync.enable = true;

  test.expected = {
    "home-files/.config/isyncrc" = ./username-fallback-expected.conf;
    "activation/createMaildir" = ./username-fallback-expected-activation.sh;
  };
}
