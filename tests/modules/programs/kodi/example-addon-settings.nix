# Mirrors Home Manager's example-addon-settings test.
{
  imports = [ ./stub.nix ];

  programs.kodi = {
    enable = true;
    addonSettings = {
      "service.xbmc.versioncheck".versioncheck_enable = "false";
    };
  };

  test.expected."home-files/.kodi/userdata/addon_data/service.xbmc.versioncheck/settings.xml" =
    ./example-addon-settings-expected.xml;
}
