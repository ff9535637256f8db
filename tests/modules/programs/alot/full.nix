# Hearth's own case: both test accounts (the primary one listed first),
# msmtp's send command, aliases, gpg and an attached signature, the
# default address book, tags, bindings, settings and hooks.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts = {
    "hm@example.com" = {
      notmuch.enable = true;
      msmtp.enable = true;
      aliases = [
        "alias@example.com"
        "other@example.com"
      ];
      gpg = {
        key = "ABC123";
        signByDefault = true;
      };
      signature = {
        text = "H. M.";
        showSignature = "attach";
      };
    };
    hm-account = {
      notmuch.enable = true;
      folders.drafts = null;
      alot.sendMailCommand = "sendmail -t";
    };
  };

  programs.alot = {
    enable = true;
    package = null;
    settings = {
      ask_subject = false;
      thread_indent_replies = 2;
      theme = "mutt";
    };
    extraConfig = "editor_cmd = vim";
    tags = {
      inbox.translated = "";
      unread = {
        translated = "U";
        normal = "'','', 'white','light red', 'white','#d66'";
      };
    };
    bindings = {
      global.q = "exit";
      search = {
        t = "toggletags todo";
        "/" = "prompt search ";
      };
      thread.r = "reply --all";
    };
    hooks = ''
      def pre_global_refresh(**kwargs):
          pass
    '';
  };

  test.expected = {
    "home-files/.config/alot/config" = ./full-expected.conf;
    "home-files/.config/alot/hooks.py" = ./full-expected-hooks.py;
  };
}
