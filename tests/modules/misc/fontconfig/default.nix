{
  fontconfig-fonts = ./fonts.nix;
  fontconfig-default-fonts = ./default-fonts.nix;
  fontconfig-custom-rendering = ./custom-rendering.nix;
  fontconfig-legacy-config-file = ./legacy-config-file.nix;
  fontconfig-config-files = ./config-files.nix;
}
