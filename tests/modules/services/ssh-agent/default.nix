{
  ssh-agent-defaults = ./defaults.nix;
  ssh-agent-options = ./options.nix;
  ssh-agent-darwin = ./darwin.nix;
}
