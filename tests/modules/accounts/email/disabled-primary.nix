# A disabled account does not count: its primary flag cannot satisfy the
# assertion for the enabled one.
{
  accounts.email.accounts = {
    on = {
      address = "on@example.org";
      realName = "On";
    };
    off = {
      enable = false;
      primary = true;
      address = "off@example.org";
      realName = "Off";
    };
  };
}
