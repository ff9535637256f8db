{
  carapace-shells = ./shells.nix;
  carapace-environment-variables = ./environment-variables.nix;
  carapace-environment-variables-conflict = ./environment-variables-conflict.nix;
  carapace-ignore-case = ./ignore-case.nix;
}
