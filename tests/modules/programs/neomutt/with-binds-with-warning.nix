# After Home Manager's neomutt-with-binds-with-warning: a menu given as a
# single name still works, with a deprecation warning; also the sidebar,
# statistics checks, settings, vim keys and extra configuration.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts."hm@example.com".neomutt.enable = true;

  programs.neomutt = {
    enable = true;
    vimKeys = true;
    checkStatsInterval = 60;
    sidebar.enable = true;
    settings.sleep_time = "0";
    sort = "reverse-last-date";
    binds = [
      {
        action = "complete-query";
        key = "<Tab>";
        map = "editor";
      }
    ];
    macros = [
      {
        action = "<change-folder>?<change-dir><home>^K=<enter><tab>";
        key = "c";
        map = "index";
      }
    ];
    extraConfig = "color status cyan default";
  };

  test.expected = {
    "home-files/.config/neomutt/neomuttrc" = ./with-binds-with-warning-expected.conf;
    "home-files/.config/neomutt/hm@example.com" = ./with-binds-with-warning-expected-account;
    warnings = ./with-binds-with-warning-expected-warnings;
  };
}
