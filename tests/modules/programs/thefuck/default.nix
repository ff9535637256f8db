{
  thefuck-integration-enabled = ./integration-enabled.nix;
  thefuck-integration-enabled-instant = ./integration-enabled-instant.nix;
  thefuck-integration-disabled = ./integration-disabled.nix;
}
