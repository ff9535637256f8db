# Mirrors Home Manager's browserpass test (Linux paths): a host manifest
# for every browser and a policy file for the Chromium family. HM asserts
# the files exist; here their sources in the package are compared too.
{ config, lib, ... }:
{
  _module.args.pkgs = lib.mkForce (import ./pkgs.nix { inherit lib; });

  programs.browserpass = {
    enable = true;
    browsers = [
      "chrome"
      "chromium"
      "firefox"
      "vivaldi"
    ];
  };

  home.file.state.text = lib.concatMapStrings (f: "${f.target} ${f.source}\n") (
    builtins.filter (f: lib.hasSuffix "browserpass.native.json" f.target) (
      builtins.attrValues config.home.file
    )
  );

  test.expected."home-files/state" = ./browserpass-expected.txt;
}
