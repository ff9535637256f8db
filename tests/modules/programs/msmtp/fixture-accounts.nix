# The shared test accounts with msmtp: aliases, a fingerprint, a port,
# extra settings, and the deprecated extraConfig (traced as a warning).
{ lib, ... }:
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  programs.msmtp = {
    enable = true;
    configContent = lib.mkAfter "# after";
    extraConfig = "defaults\nlogfile ~/.msmtp.log";
  };

  accounts.email.accounts = {
    "hm@example.com" = {
      msmtp.enable = true;
      aliases = [
        "alias@example.com"
        {
          address = "second@example.com";
          realName = "Second";
        }
      ];
    };
    hm-account = {
      smtp.port = 587;
      msmtp = {
        enable = true;
        tls.fingerprint = "my:SH:a2:56:ha:sh";
        extraConfig.auth = "login";
      };
    };
  };

  test.expected."home-files/.config/msmtp/config" = ./fixture-accounts-expected.conf;
}
