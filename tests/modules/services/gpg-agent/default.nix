{
  gpg-agent-defaults = ./defaults.nix;
  gpg-agent-ssh-support = ./ssh-support.nix;
  gpg-agent-pinentry-package-renamed = ./pinentry-package-renamed.nix;
  gpg-agent-pinentry-flavor-removed = ./pinentry-flavor-removed.nix;
}
