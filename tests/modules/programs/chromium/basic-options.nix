# Mirrors Home Manager's chromium-basic-options test: an extension from
# another update URL, a dictionary and a native messaging host, and the
# package installed as it is.
{ config, lib, ... }:
let
  dictionary = {
    type = "derivation";
    name = "chromium-dictionary";
    outPath = "/nix/store/00000000000000000000000000000000-chromium-dictionary";
    passthru.dictFileName = "en-US-9-0.bdic";
  };
  host = {
    type = "derivation";
    name = "native-messaging-host";
    outPath = "@native-messaging-host@";
  };
  files = config.home.file;
in
{
  programs.chromium = {
    enable = true;
    dictionaries = [ dictionary ];
    nativeMessagingHosts = [ host ];
    extensions = [
      {
        id = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        updateUrl = "https://example.com/update.xml";
      }
    ];
  };

  home.file.state.text =
    builtins.toJSON {
      dictionary = files."/home/hm-user/.config/chromium/Dictionaries/en-US-9-0.bdic".source;
      hosts = files."/home/hm-user/.config/chromium/NativeMessagingHosts".recursive;
      chromiumPackages = builtins.filter (lib.hasInfix "chromium") (map (p: p.name) config.home.packages);
    }
    + "\n";

  test.expected = {
    "home-files/.config/chromium/External Extensions/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json" =
      ./basic-options-expected-extension.json;
    "home-files/state" = ./basic-options-expected.json;
  };
}
