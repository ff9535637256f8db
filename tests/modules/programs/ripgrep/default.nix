{
  ripgrep-arguments = ./arguments.nix;
  ripgrep-no-arguments = ./no-arguments.nix;
}
