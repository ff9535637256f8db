# The warning Home Manager's aerc-assertion test expects: accounts.conf is
# written but unsafe-accounts-conf is not set.
{
  imports = [ ./assertion-config.nix ];

  test.expected.warnings = ./assertion-expected-warnings.txt;
}
