# Home Manager's email module asserts exactly one primary account; this
# has none.
{
  accounts.email.accounts.a = {
    address = "a@example.org";
    realName = "A";
  };
}
