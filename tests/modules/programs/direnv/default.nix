{
  direnv-bash = ./bash.nix;
  direnv-all-options = ./all-options.nix;
  direnv-no-integration = ./no-integration.nix;
}
