# Hearth's own case: another data directory (in the files' paths and
# KODI_DATA), markup characters in text and in a setting's id, an empty
# section (self-closed), and a list's strings, which are dropped (only its
# attribute sets become elements). The escapes are those of libxml2, which
# writes Home Manager's files (xsltproc is not installed here to compare).
{ config, ... }:
{
  imports = [ ./stub.nix ];

  programs.kodi = {
    enable = true;
    datadir = "${config.xdg.dataHome}/kodi";
    settings = {
      network.httpproxyusername = "a&b <c>";
      pvr = { };
    };
    sources = {
      music.source = [
        "ignored"
        { path = "/srv/music & more"; }
      ];
    };
    addonSettings."plugin.video.example"."say \"hi\"" = "1 < 2";
  };

  test.expected = {
    "home-files/.local/share/kodi/userdata/advancedsettings.xml" = ./datadir-settings.xml;
    "home-files/.local/share/kodi/userdata/sources.xml" = ./datadir-sources.xml;
    "home-files/.local/share/kodi/userdata/addon_data/plugin.video.example/settings.xml" =
      ./datadir-addon.xml;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./datadir-session-vars.sh;
  };
}
