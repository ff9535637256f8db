{
  borgmatic-program-basic-configuration = ./basic-configuration.nix;
  borgmatic-program-patterns-configuration = ./patterns-configuration.nix;
  borgmatic-program-exclude-hm-symlinks = ./exclude-hm-symlinks.nix;
  borgmatic-program-both-sourcedirectories-and-patterns = ./both-sourcedirectories-and-patterns.nix;
  borgmatic-program-neither-sourcedirectories-nor-patterns = ./neither-sourcedirectories-nor-patterns.nix;
}
