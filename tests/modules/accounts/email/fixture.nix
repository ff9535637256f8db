# The shared test accounts load, and nothing reads the disabled one: the
# assertion alone looks at every enabled account.
{ config, lib, ... }:
{
  imports = [ ../email-test-accounts.nix ];

  home.file."accounts.txt".text = lib.concatMapStrings (a: "${a.name} ${a.maildir.absPath} ${
    lib.concatStringsSep "," a.passwordCommand
  } ${a.smtp.userName}\n") (lib.filter (a: a.enable) (lib.attrValues config.accounts.email.accounts));

  test.expected."home-files/accounts.txt" = ./fixture-expected.txt;
}
