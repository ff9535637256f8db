# Mirrors Home Manager's qutebrowser-domainsettings, through the old
# option name domainSettings (renamed to perDomainSettings), loading the
# autoconfig too.
{
  programs.qutebrowser = {
    enable = true;
    loadAutoconfig = true;
    domainSettings = {
      "https://teams.microsoft.com".content.notifications.enabled = true;
      "https://www.netflix.com".content.notifications.enabled = false;
      "https://www.facebook.com".content.notifications.enabled = false;
      "https://mail.google.com".content.register_protocol_handler = true;
    };
  };

  test.expected."home-files/.config/qutebrowser/config.py" = ./domain-settings-expected.py;
}
