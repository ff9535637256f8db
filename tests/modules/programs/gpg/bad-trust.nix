# Trust levels stop at 5.
{
  programs.gpg = {
    enable = true;
    publicKeys = [
      {
        text = "key";
        trust = 6;
      }
    ];
  };

  test.expected."activation/importGpgKeys" = ./immutable-keys-expected-import.sh;
}
