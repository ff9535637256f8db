# notmuch needs the primary account among its accounts for the user
# section.
{
  accounts.email.accounts = {
    a = {
      primary = true;
      address = "a@example.org";
      realName = "A";
    };
    b = {
      address = "b@example.org";
      realName = "B";
      notmuch.enable = true;
    };
  };
  programs.notmuch.enable = true;
}
