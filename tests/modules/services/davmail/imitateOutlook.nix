# Mirrors Home Manager's davmail-imitateOutlook test: Outlook's OAuth
# client id and redirect join the defaults.
{
  imports = [ ./read-properties.nix ];

  services.davmail = {
    enable = true;
    imitateOutlook = true;
  };

  test.expected."home-files/davmail.properties" = ./imitateOutlook.properties;
}
