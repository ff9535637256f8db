# Mirrors Home Manager's thunderbird test without its email accounts
# (Hearth has no accounts modules yet): settings for every profile, a
# profile's own settings (an attribute set stays a JSON object), external
# GnuPG, extra lines, and the packages and native messaging hosts.
{ config, lib, ... }:
{
  programs.thunderbird = {
    enable = true;
    profiles = {
      first = {
        isDefault = true;
        withExternalGnupg = true;
        extraConfig = ''
          user_pref("mail.html_compose", false);
        '';
      };
      second.settings = {
        "second.setting" = "some-test-setting";
        second.nested.evenFurtherNested = [
          1
          2
          3
        ];
      };
    };
    settings = {
      "general.useragent.override" = "";
      "privacy.donottrackheader.enabled" = true;
    };
    nativeMessagingHosts = [
      {
        type = "derivation";
        name = "host";
        outPath = "@host@";
      }
    ];
  };

  home.file.state.text =
    builtins.toJSON {
      packages = builtins.filter (n: n == "thunderbird" || n == "gpgme") (
        map (p: p.name) config.home.packages
      );
      hosts = config.home.file.".mozilla/native-messaging-hosts".recursive;
    }
    + "\n";

  test.expected = {
    "home-files/.thunderbird/profiles.ini" = ./profiles-expected.ini;
    "home-files/.thunderbird/first/user.js" = ./profiles-expected-first.js;
    "home-files/.thunderbird/second/user.js" = ./profiles-expected-second.js;
    "home-files/state" = ./profiles-expected.json;
  };
}
