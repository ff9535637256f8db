# Mirrors Home Manager's notmuch-empty-list (without lieer and mujmap,
# which Hearth does not ship): empty lists are empty values, and with no
# mail account from 26.11 on there is no database section.
{ lib, ... }:
{
  home.stateVersion = "26.11";
  programs.mbsync.enable = true;
  programs.notmuch = {
    enable = true;
    settings = {
      user.name = "Empty Lists";
      user.primary_email = "empty@example.com";
      new.ignore = lib.mkForce [ ];
      new.tags = [ ];
      search.exclude_tags = [ ];
      user.other_email = [ ];
    };
  };

  test.expected."home-files/.config/notmuch/default/config" = ./empty-list-expected.conf;
}
