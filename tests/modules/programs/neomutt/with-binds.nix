# After Home Manager's neomutt-with-binds test: binds and macros on one or
# several maps, the sidebar, statistics checks, settings and vim keys.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts."hm@example.com".neomutt.enable = true;

  programs.neomutt = {
    enable = true;
    vimKeys = true;
    checkStatsInterval = 60;
    sidebar.enable = true;
    settings.sleep_time = "0";
    binds = [
      {
        action = "complete-query";
        key = "<Tab>";
        map = [ "editor" ];
      }
      {
        action = "sidebar-prev";
        key = "\\Cp";
        map = [
          "index"
          "pager"
        ];
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
    "home-files/.config/neomutt/neomuttrc" = ./with-binds-expected-neomuttrc;
    "home-files/.config/neomutt/hm@example.com" = ./with-binds-expected-hm-example.com;
  };
}
