# Mirrors Home Manager's astroid-native-only: only the settings given are
# written (Home Manager checks them with jq; here the whole file is
# compared), with no warning.
{ lib, ... }:
{
  imports = [ ./observe.nix ];

  programs.astroid = {
    enable = true;
    package = null;
    settings = {
      editor.cmd = "native-editor";
      editor.external_editor = "true";
      poll.interval = 15;
      crypto.gpg.path = "/custom/gpg";
      thread_view.gravatar.enable = lib.mkForce "false";
    };
  };

  test.expected = {
    "home-files/.config/astroid/config" = ./native-only.json;
    "home-files/warnings" = ./no-warnings;
  };
}
