# Like Home Manager's notmuch test: the shared test accounts, the user
# section from the primary account, extra settings overriding generated
# ones, and mbsync's files in new.ignore.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts = {
    "hm@example.com" = {
      notmuch.enable = true;
      aliases = [ "alias@example.com" ];
    };
    hm-account = {
      notmuch.enable = true;
      mbsync.enable = true;
    };
  };

  programs.mbsync.enable = true;
  programs.notmuch = {
    enable = true;
    new.tags = [ "new" ];
    extraConfig = {
      index."header.List" = "List-Id";
      search.exclude_tags = "trash";
    };
  };

  test.expected = {
    "home-files/.config/notmuch/default/config" = ./notmuch-expected.conf;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./notmuch-expected-session-vars.sh;
  };
}
