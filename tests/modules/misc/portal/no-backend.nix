# Hearth's own case: enabling the portal without a backend fails.
{
  imports = [ ./stub-pkgs.nix ];

  xdg.portal = {
    enable = true;
    config.common.default = "*";
  };
}
