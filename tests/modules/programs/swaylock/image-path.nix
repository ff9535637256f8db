# Not one of Home Manager's cases: a path value is copied to the store and
# written as its store path (the module's rule for path settings).
{
  programs.swaylock = {
    enable = true;
    settings.image = ./image-path.nix;
  };

  test.expected."home-files/.config/swaylock/config" = ./image-path-expected.conf;
}
