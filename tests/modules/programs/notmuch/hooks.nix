# Hooks become scripts in the database's .notmuch/hooks, setting up the
# same environment as the session; an empty hook writes no file.
{
  accounts.email.accounts.a = {
    primary = true;
    address = "a@example.org";
    realName = "A";
    notmuch.enable = true;
  };

  programs.notmuch = {
    enable = true;
    hooks = {
      preNew = "mbsync --all";
      postNew = "notmuch tag +work -- folder:work";
    };
  };

  test.expected = {
    "home-files/Maildir/.notmuch/hooks/pre-new" = ./hooks-expected-pre-new;
    "home-files/Maildir/.notmuch/hooks/post-new" = ./hooks-expected-post-new;
  };
}
