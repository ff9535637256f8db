# Mirrors Home Manager's chromium-plasma-support-command-line-args test: a
# package with nixpkgs' override gets the arguments as one string and
# Plasma support, and Plasma's integration host is linked, for Google
# Chrome too.
{ config, lib, ... }:
let
  mkPackage = args: {
    type = "derivation";
    name = if args == { } then "google-chrome" else "google-chrome-overridden";
    outPath = "@google-chrome@";
    inherit args;
    override = mkPackage;
  };
  chrome = config.programs.google-chrome;
in
{
  programs.google-chrome = {
    enable = true;
    package = mkPackage { };
    commandLineArgs = [
      "--enable-logging=stderr"
      "--ignore-gpu-blocklist"
    ];
    plasmaSupport = true;
    plasmaBrowserIntegrationPackage = {
      type = "derivation";
      name = "plasma-browser-integration";
      outPath = "@plasma-browser-integration@";
    };
  };

  home.file.state.text =
    builtins.toJSON {
      inherit (chrome.finalPackage) name args;
      hosts = config.home.file."/home/hm-user/.config/google-chrome/NativeMessagingHosts".recursive;
    }
    + "\n";

  test.expected."home-files/state" = ./plasma-support-command-line-args-expected.json;
}
