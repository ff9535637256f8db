# As Home Manager's chromium-plasma-support-command-line-args test checks:
# a package with nixpkgs' override gets the arguments as one string.
{ config, ... }:
let
  mkPackage = args: {
    type = "derivation";
    name = "chromium";
    outPath = "@chromium-overridable@";
    inherit args;
    override = mkPackage;
  };
in
{
  programs.chromium = {
    enable = true;
    package = mkPackage { };
    commandLineArgs = [
      "--enable-logging=stderr"
      "--ignore-gpu-blocklist"
    ];
  };

  home.file.state.text = builtins.toJSON config.programs.chromium.finalPackage.args + "\n";

  test.expected."home-files/state" = ./command-line-args-override-expected.json;
}
