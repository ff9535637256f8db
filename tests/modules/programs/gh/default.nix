{
  gh-config-file = ./config-file.nix;
  gh-credential-helper = ./credential-helper.nix;
  gh-defaults = ./defaults.nix;
  gh-hosts-and-extensions = ./hosts-and-extensions.nix;
}
