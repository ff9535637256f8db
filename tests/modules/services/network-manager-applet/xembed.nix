# An XEmbed icon by default: no --indicator, the XEmbed tray target.
{
  services.network-manager-applet.enable = true;

  test.expected."home-files/.config/systemd/user/network-manager-applet.service" = ./xembed.service;
}
