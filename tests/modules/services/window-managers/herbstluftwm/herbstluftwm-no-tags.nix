# Home Manager's herbstluftwm-no-tags test: every option at its default, so
# the tag block is left out. Adapted: the shell in the first line is the
# stubs' placeholder bash. (The stored expected file predates the
# mouseunbind reset and the merge of the default tag; this one follows the
# module those changes belong to.)
{ lib, ... }:
{
  _module.args.pkgs = lib.mkForce (import ../script-newline-pkgs.nix { inherit lib; });

  xsession.windowManager.herbstluftwm.enable = true;

  test.expected."home-files/.config/herbstluftwm/autostart" = ./herbstluftwm-no-tags-autostart;
}
