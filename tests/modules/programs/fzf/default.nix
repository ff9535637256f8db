{
  fzf-all-options = ./all-options.nix;
  fzf-shell-integration = ./shell-integration.nix;
  fzf-old-version = ./old-version.nix;
  fzf-renamed-options = ./renamed-options.nix;
}
