# Before state version 25.05 signing defaults to OpenPGP through GnuPG even
# with nothing configured; no ignore or attributes file is written.
{ config, lib, ... }:
{
  programs.git.enable = true;

  home.file.files-present.text = builtins.toJSON (
    map (n: config.xdg.configFile ? ${n}) [
      "git/config"
      "git/ignore"
      "git/attributes"
      "git/allowed_signers"
    ]
  );

  home.file.packages.text = lib.concatMapStrings (p: p.name + "\n") config.home.packages;

  test.expected = {
    "home-files/.config/git/config" = ./defaults-expected.conf;
    "home-files/files-present" = ./defaults-expected-files.json;
    "home-files/packages" = ./defaults-expected-packages.txt;
  };
}
