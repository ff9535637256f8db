# Home Manager's aerc-assertion test: per-account aerc.conf settings are
# only allowed in the ui section. Its expected warning is checked by
# assertion-warning.nix, as a failing case shows only the error.
{
  imports = [ ./assertion-config.nix ];

  accounts.email.accounts.Test2.aerc.extraConfig.general.pgp-provider = "internal";
}
