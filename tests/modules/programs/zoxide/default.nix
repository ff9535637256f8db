{
  zoxide-shells = ./shells.nix;
  zoxide-bash-only = ./bash-only.nix;
}
