# Home Manager's mbsync test (tests/modules/programs/mbsync/mbsync.nix):
# per-account groups of channels. The expected file is Home Manager's
# mbsync-expected.conf with isync 1.4's names (Far/Near, TLSType), which
# its module writes now.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  programs.mbsync = {
    enable = true;
    groups.inboxes = {
      "hm@example.com" = [
        "Inbox1"
        "Inbox2"
      ];
      hm-account = [ "Inbox" ];
    };
  };

  accounts.email.accounts = {
    "hm@example.com".mbsync = {
      enable = true;
      groups.inboxes = {
        channels = {
          inbox1 = {
            farPattern = "Inbox1";
            nearPattern = "Inboxes";
          };
          inbox2 = {
            farPattern = "Inbox2";
            nearPattern = "Inboxes";
          };
        };
      };
    };

    hm-account.mbsync = {
      enable = true;
      groups.hm-account = {
        channels.earlierPatternMatch = {
          farPattern = "Label";
          nearPattern = "SomethingUnderLabel";
          patterns = [
            "ThingUnderLabel"
            "!NotThisMaildirThough"
            "[Weird] Label?"
          ];
        };
        channels.inbox = {
          farPattern = "Inbox";
          nearPattern = "Inbox";
        };
        channels.strangeHostBoxName = {
          farPattern = "[Weird]/Label Mess";
          nearPattern = "[AnotherWeird]/Label";
        };
        channels.patternMatch = {
          farPattern = "Label";
          nearPattern = "SomethingUnderLabel";
          patterns = [
            "ThingUnderLabel"
            "!NotThisMaildirThough"
            "[Weird] Label?"
          ];
        };
      };
      # No channels: the group is left out.
      groups.emptyGroup = { };
      groups.emptyChannels = {
        channels.empty1 = { };
        channels.empty2 = { };
      };
    };
  };

  test.expected."home-files/.config/isyncrc" = ./mbsync-expected.conf;
}
