# Hearth's own case: fcitx (4) is gone, and choosing it says so.
{
  imports = [ ./stub-pkgs.nix ];

  i18n.inputMethod.enabled = "fcitx";
}
