# Two primary accounts: the message names both, in attribute order.
{
  accounts.email.accounts = {
    b = {
      primary = true;
      address = "b@example.org";
      realName = "B";
    };
    a = {
      primary = true;
      address = "a@example.org";
      realName = "A";
    };
  };
}
