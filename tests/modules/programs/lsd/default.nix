{
  # example-settings.nix waits for pkgs.formats.yaml to write YAML as
  # nixpkgs does (it still writes JSON); list it here once it does.
  # lsd-example-settings = ./example-settings.nix;
  lsd-settings-using-paths = ./settings-using-paths.nix;
  lsd-aliases = ./aliases.nix;
  lsd-enable-aliases-removed = ./enable-aliases-removed.nix;
}
