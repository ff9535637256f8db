{
  obs-studio-plain = ./plain.nix;
  obs-studio-plugins = ./plugins.nix;
}
