# programs.browserpass: links browserpass's native-messaging host manifest
# (and, for the Chromium family, its policy file) into each chosen
# browser's per-user directory, from the package's lib/browserpass tree.
#
# Written from Home Manager's module as the index held it (four browsers);
# the package option follows current Home Manager, where the module takes
# its package from programs.browserpass.package.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.browserpass;

  inherit (pkgs.stdenv.hostPlatform) isDarwin;

  manifest = "com.github.browserpass.native.json";

  hostFile = kind: "${cfg.package}/lib/browserpass/hosts/${kind}/${manifest}";
  policyFile = "${cfg.package}/lib/browserpass/policies/chromium/${manifest}";

  # Per-user config directory of each Chromium-family browser.
  chromiumDirs = {
    chrome = if isDarwin then "Library/Application Support/Google/Chrome" else ".config/google-chrome";
    chromium = if isDarwin then "Library/Application Support/Chromium" else ".config/chromium";
    vivaldi = if isDarwin then "Library/Application Support/Vivaldi" else ".config/vivaldi";
  };

  firefoxDir =
    if isDarwin then "Library/Application Support/Mozilla/NativeMessagingHosts" else ".mozilla/native-messaging-hosts";

  filesFor =
    browser:
    if browser == "firefox" then
      { "${firefoxDir}/${manifest}".source = hostFile "firefox"; }
    else
      let
        dir = chromiumDirs.${browser};
      in
      {
        "${dir}/NativeMessagingHosts/${manifest}".source = hostFile "chromium";
        "${dir}/policies/managed/${manifest}".source = policyFile;
      };

  browsers = [
    "chrome"
    "chromium"
    "firefox"
    "vivaldi"
  ];
in
{
  options.programs.browserpass = {
    enable = lib.mkEnableOption "the browserpass extension host application";

    package = lib.mkPackageOption pkgs "browserpass" { };

    browsers = lib.mkOption {
      type = lib.types.listOf (lib.types.enum browsers);
      default = browsers;
      example = [ "firefox" ];
      description = "Browsers whose browserpass extension gets the host application.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.file = lib.mkMerge (map filesFor cfg.browsers);
  };
}
