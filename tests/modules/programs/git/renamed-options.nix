# The pre-25.11 names still work, each with a warning naming its new place;
# signing.gpgPath is now signing.signer.
{ config, lib, ... }:
{
  programs.git = {
    enable = true;
    userName = "John Doe";
    userEmail = "john@example.com";
    aliases.st = "status";
    extraConfig.pull.rebase = true;
    signing = {
      gpgPath = "path-to-gpg";
      key = "00112233445566778899AABBCCDDEEFF";
      signByDefault = true;
    };
  };

  # Warnings name this file; its directory differs between checkouts.
  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-files/.config/git/config" = ./renamed-options-expected.conf;
    "home-files/warnings" = ./renamed-options-expected-warnings.txt;
  };
}
