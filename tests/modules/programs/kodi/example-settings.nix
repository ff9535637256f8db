# Mirrors Home Manager's example-settings test.
{
  imports = [ ./stub.nix ];

  programs.kodi = {
    enable = true;
    settings = {
      videolibrary.showemptytvshows = "true";
    };
  };

  test.expected."home-files/.kodi/userdata/advancedsettings.xml" = ./example-settings-expected.xml;
}
