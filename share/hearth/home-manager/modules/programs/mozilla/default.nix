# The directories where Firefox and Thunderbird find native messaging host
# manifests, filled from what the Mozilla modules (firefox, thunderbird)
# put in mozilla.*NativeMessagingHosts. On Linux both programs read the
# same ~/.mozilla/native-messaging-hosts, so it holds the hosts of both;
# on Darwin each has its own. ./profiles.nix holds the profile helpers.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  inherit (lib) mkOption types;
  inherit (pkgs.stdenv.hostPlatform) isDarwin;

  cfg = config.mozilla;

  hostsOption =
    app:
    mkOption {
      internal = true;
      type = types.listOf types.package;
      default = [ ];
      description = "Packages whose lib/mozilla/native-messaging-hosts ${app} should see.";
    };

  # The directory is linked even with no host in it (an empty .keep).
  hostsDir =
    name: hosts:
    let
      joined = pkgs.symlinkJoin {
        inherit name;
        paths = [ (pkgs.writeTextDir "lib/mozilla/native-messaging-hosts/.keep" "") ] ++ hosts;
      };
    in
    {
      source = "${joined}/lib/mozilla/native-messaging-hosts";
      recursive = true;
    };
in
{
  options.mozilla = {
    firefoxNativeMessagingHosts = hostsOption "Firefox";
    thunderbirdNativeMessagingHosts = hostsOption "Thunderbird";
  };

  config =
    lib.mkIf (cfg.firefoxNativeMessagingHosts != [ ] || cfg.thunderbirdNativeMessagingHosts != [ ])
      {
        home.file =
          if isDarwin then
            {
              "Library/Application Support/Mozilla/NativeMessagingHosts" =
                hostsDir "ff-native-messaging-hosts" cfg.firefoxNativeMessagingHosts;
              "Library/Mozilla/NativeMessagingHosts" =
                hostsDir "th-native-messaging-hosts" cfg.thunderbirdNativeMessagingHosts;
            }
          else
            {
              ".mozilla/native-messaging-hosts" = hostsDir "mozilla-native-messaging-hosts" (
                cfg.firefoxNativeMessagingHosts ++ cfg.thunderbirdNativeMessagingHosts
              );
            };
      };
}
