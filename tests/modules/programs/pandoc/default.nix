{
  pandoc-csl = ./csl.nix;
  pandoc-defaults = ./defaults.nix;
  pandoc-templates = ./templates.nix;
}
