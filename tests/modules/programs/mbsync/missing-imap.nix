# Home Manager's mbsync module asserts what an mbsync account needs.
{
  accounts.email.accounts.a = {
    primary = true;
    address = "a@example.org";
    realName = "A";
    mbsync.enable = true;
  };
  programs.mbsync.enable = true;
}
