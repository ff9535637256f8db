# Mirrors Home Manager's astroid-legacy-priorities (a case of its compatibility.nix):
# the
# definitions of extraConfig keep their priorities and list order.
{ lib, ... }:
{
  imports = [ ./observe.nix ];

  programs.astroid = {
    enable = true;
    package = null;
    extraConfig = lib.mkMerge [
      {
        poll.interval = lib.mkDefault 0;
        editor.cmd = lib.mkDefault "weak";
        editor.charset = lib.mkIf false "disabled";
        custom.list = lib.mkAfter [ "after" ];
      }
      {
        editor.cmd = lib.mkForce "forced";
        custom.list = lib.mkBefore [ "before" ];
      }
    ];
    settings.poll.interval = lib.mkIf false 30;
  };

  test.expected = {
    "home-files/.config/astroid/config" = ./legacy-priorities.json;
    "home-files/warnings" = ./legacy-priorities-warnings;
  };
}
