# Mirrors Home Manager's davmail-custom-settings test: settings given by
# the user join and override the defaults.
{
  imports = [ ./read-properties.nix ];

  services.davmail = {
    enable = true;
    settings = {
      "davmail.imapPort" = 4444;
      "davmail.oauth.redirectUri" = "urn:ietf:wg:oauth:2.0:oob";
      "davmail.persistToken" = true;
    };
  };

  test.expected."home-files/davmail.properties" = ./custom-settings.properties;
}
