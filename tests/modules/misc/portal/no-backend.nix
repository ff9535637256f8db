# Hearth's own case: enabling the portal without a backend fails.
{
  xdg.portal = {
    enable = true;
    config.common.default = "*";
  };
}
