# Hearth's own case: one browser chosen, only its manifest is linked.
{ config, lib, ... }:
{
  _module.args.pkgs = lib.mkForce (import ./pkgs.nix { inherit lib; });

  programs.browserpass = {
    enable = true;
    browsers = [ "firefox" ];
  };

  home.file.state.text = lib.concatMapStrings (f: "${f.target} ${f.source}\n") (
    builtins.filter (f: lib.hasSuffix "browserpass.native.json" f.target) (
      builtins.attrValues config.home.file
    )
  );

  test.expected."home-files/state" = ./firefox-expected.txt;
}
