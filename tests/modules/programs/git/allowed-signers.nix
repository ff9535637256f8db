# allowedSigners writes its own file and points git at it.
{
  programs.git = {
    enable = true;
    signing = {
      format = "ssh";
      signer = "path-to-ssh-keygen";
      allowedSigners = ''
        jane@example.org namespaces="git" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey
      '';
    };
  };

  test.expected = {
    "home-files/.config/git/config" = ./allowed-signers-expected.conf;
    "home-files/.config/git/allowed_signers" = ./allowed-signers-expected.txt;
  };
}
