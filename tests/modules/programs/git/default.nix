{
  git-defaults = ./defaults.nix;
  git-defaults-current = ./defaults-current.nix;
  git-most-options = ./most-options.nix;
  git-renamed-options = ./renamed-options.nix;
  git-settings-fragments = ./settings-fragments.nix;
  git-lfs-skip-smudge = ./lfs-skip-smudge.nix;
  git-signing-x509 = ./signing-x509.nix;
  git-allowed-signers = ./allowed-signers.nix;
  git-hooks = ./hooks.nix;
  git-bad-signing-format = ./bad-signing-format.nix;
  git-integration-assertion = ./integration-assertion.nix;
  git-with-maintenance = ./with-maintenance.nix;
}
