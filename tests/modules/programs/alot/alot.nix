# Mirrors Home Manager's alot test: the primary test account indexed by
# notmuch, with extra account lines and no address book. Adapted: the
# package is a placeholder instead of an overlay, and draft_box/sent_box
# are quoted, as Home Manager's current module writes them (the stored
# expected file predates that).
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts."hm@example.com" = {
    primary = true;
    notmuch.enable = true;
    alot = {
      contactCompletion = { };
      extraConfig = ''
        auto_remove_unread = True
        ask_subject = False
        handle_mouse = True
      '';
    };
    imap.port = 993;
  };

  programs.alot = {
    enable = true;
    package = {
      type = "derivation";
      name = "dummy-alot";
      outPath = "@alot@";
    };
  };

  test.expected."home-files/.config/alot/config" = ./alot-expected.conf;
}
