{
  home-cursor = ./home-cursor.nix;
  home-cursor-legacy = ./legacy.nix;
  home-cursor-legacy-disabled = ./legacy-disabled.nix;
  home-cursor-disabled = ./disabled.nix;
  home-cursor-backends = ./backends.nix;
}
