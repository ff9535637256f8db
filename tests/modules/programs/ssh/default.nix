{
  ssh-old-defaults = ./old-defaults.nix;
  ssh-old-defaults-extra-config = ./old-defaults-extra-config.nix;
  ssh-no-default-config = ./no-default-config.nix;
  ssh-match-blocks = ./match-blocks.nix;
  ssh-match-and-hosts = ./match-and-hosts.nix;
  ssh-renamed-options = ./renamed-options.nix;
  ssh-forward-path-with-port = ./forward-path-with-port.nix;
  ssh-extra-config-no-default-host = ./extra-config-no-default-host.nix;
}
