# Mirrors Home Manager's notmuch-settings: native settings with priorities
# and list ordering, nulls and false conditions left out, and all three
# hooks.
{ lib, ... }:
{
  programs.notmuch = {
    enable = true;
    settings = {
      database.path = lib.mkForce "/mail";
      user.name = "Native Name";
      user.primary_email = "native@example.com";
      show.extra_headers = lib.mkBefore [ "List-Id" ];
      new.ignore = lib.mkBefore [ "native-before" ];
      new.tags = lib.mkDefault [ "custom" ];
      maildir.synchronize_flags = lib.mkDefault true;
      search.exclude_tags = lib.mkIf false [ "unused" ];
      custom.absent = lib.mkIf false "unused";
      custom.enabled = true;
      custom.count = 3;
      custom.empty = "";
      user.other_email = null;
    };
    hooks = {
      preNew = "mbsync --all";
      postNew = "notmuch tag -new tag:new";
      postInsert = "notmuch tag +inserted tag:new";
    };
  };

  imports = [
    {
      programs.notmuch.settings = {
        show.extra_headers = lib.mkAfter [ "Mailing-List" ];
        new.ignore = lib.mkAfter [ "native-after" ];
      };
    }
  ];

  test.expected = {
    "home-files/.config/notmuch/default/config" = ./settings-expected.conf;
    "home-files/.config/notmuch/default/hooks/pre-new" = ./settings-expected-pre-new;
    "home-files/.config/notmuch/default/hooks/post-new" = ./settings-expected-post-new;
    "home-files/.config/notmuch/default/hooks/post-insert" = ./settings-expected-post-insert;
    warnings = ./no-warnings;
  };
}
