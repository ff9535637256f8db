# Hearth's own case: settings of the account's own (known and free-form)
# and an old option renamed into them, which warns through the account;
# notmuch not enabled, which warns too; notmuch told to skip lieer's files.
{ config, lib, ... }:
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  programs.lieer = {
    enable = true;
    package = {
      type = "derivation";
      name = "lieer";
      outPath = "@lieer@";
    };
  };

  accounts.email.accounts."hm@example.com" = {
    flavor = "gmail.com";
    imap.host = lib.mkForce "imap.gmail.com";
    smtp.host = lib.mkForce "smtp.gmail.com";
    lieer = {
      enable = true;
      timeout = 0;
      settings = {
        ignore_tags = [ "new" ];
        local_trash_tag = "deleted";
        file_extension = "mbox";
        # Not one of the options: the free-form part.
        custom_key = 3;
      };
    };
  };

  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );
  home.file.notmuch-ignore.text = builtins.toJSON config.programs.notmuch.settings.new.ignore;

  test.expected = {
    "home-files/Mail/hm@example.com/.gmailieer.json" = ./settings-expected.json;
    "home-files/warnings" = ./settings-expected-warnings;
    "home-files/notmuch-ignore" = ./settings-expected-ignore.json;
  };
}
