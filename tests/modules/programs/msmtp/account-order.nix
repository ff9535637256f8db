# Home Manager's msmtp account-order test (which greps line numbers; this
# compares the whole file): accountOrder's accounts come first, once each,
# the rest follow by name, and the disabled account never shows.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  programs.msmtp = {
    enable = true;
    accountOrder = [
      "hm-account"
      "hm-account"
      "hm@example.com"
      "disabled-account"
    ];
  };

  accounts.email.accounts = {
    "hm@example.com".msmtp.enable = true;
    hm-account.msmtp.enable = true;
    aaa = {
      address = "aaa@example.org";
      userName = "aaa";
      passwordCommand = "password-command";
      smtp.host = "smtp.example.org";
      msmtp.enable = true;
    };
  };

  test.expected."home-files/.config/msmtp/config" = ./account-order-expected.conf;
}
