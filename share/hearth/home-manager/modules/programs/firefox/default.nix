# programs.firefox: Firefox's profiles and package (./mk-firefox-module.nix),
# the native messaging hosts it brings (../mozilla), and the options Home
# Manager removed over time.
{ config, lib, ... }:
let
  cfg = config.programs.firefox;
  modulePath = [
    "programs"
    "firefox"
  ];
  removed =
    option: why: lib.mkRemovedOptionModule (modulePath ++ [ option ]) why;
in
{
  imports = [
    (import ./mk-firefox-module.nix {
      inherit modulePath;
      name = "Firefox";
      wrappedPackageName = "firefox";
      unwrappedPackageName = "firefox-unwrapped";
      visible = true;
      platforms.linux = {
        configPath = ".mozilla/firefox";
        xdgConfigPath = "mozilla/firefox";
      };
      platforms.darwin.configPath = "Library/Application Support/Firefox";
    })
    (removed "extensions" ''
      Extensions are set per profile now: move them from
      programs.firefox.extensions to
      programs.firefox.profiles.<profile>.extensions.packages.'')
    (removed "enableAdobeFlash" "Support for this option has been removed.")
    (removed "enableGoogleTalk" "Support for this option has been removed.")
    (removed "enableIcedTea" "Support for this option has been removed.")
  ];

  # The browser's own package may hold hosts too (nixpkgs' wrapper links
  # those of its nativeMessagingHosts there).
  config = lib.mkIf cfg.enable {
    mozilla.firefoxNativeMessagingHosts =
      cfg.nativeMessagingHosts ++ lib.optional (cfg.finalPackage != null) cfg.finalPackage;
  };
}
