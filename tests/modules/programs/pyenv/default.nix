{
  pyenv-shells = ./shells.nix;
}
