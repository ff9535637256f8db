# Mirrors Home Manager's astroid-settings: settings, the old extraConfig
# and externalEditor and an account's own keys, merged by priority, and a
# warning for each old option. (Home Manager checks the file with jq; here
# the whole file is compared.)
{ lib, ... }:
{
  imports = [
    ../../accounts/email-test-accounts.nix
    ./observe.nix
  ];

  accounts.email.accounts."hm@example.com".astroid = {
    enable = true;
    sendMailCommand = "sendmail";
    extraConfig.select_query = "tag:legacy";
  };
  accounts.email.accounts."hm@example.com".notmuch.enable = true;

  programs.astroid = {
    enable = true;
    package = null;
    settings = {
      thread_index.cell.tags_length = "100";
      accounts."hm@example.com".custom_key = "canonical";
      editor.cmd = lib.mkForce "canonical-editor";
    };
    extraConfig = {
      poll.interval = lib.mkDefault 0;
      accounts."hm@example.com".select_query = "tag:global";
      editor.cmd = "legacy-editor";
    };
    externalEditor = "external-editor";
  };

  test.expected = {
    "home-files/.config/astroid/config" = ./settings.json;
    "home-files/warnings" = ./settings-warnings;
    "home-files/written" = ./config-written.json;
  };
}
