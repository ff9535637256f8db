# Immutable keys: the keyring is a link into the store and nothing is
# imported; trust stays mutable, so the import step only sets trust.
{ config, ... }:
{
  programs.gpg = {
    enable = true;
    mutableKeys = false;
    publicKeys = [
      {
        text = "key-material";
        trust = 5;
      }
    ];
  };

  home.file.pubring.text = toString config.home.file."/home/hm-user/.gnupg/pubring.kbx".source + "\n";

  test.expected = {
    "home-files/pubring" = ./immutable-keys-expected-pubring.txt;
    "activation/importGpgKeys" = ./immutable-keys-expected-import.sh;
  };
}
