{
  herbstluftwm-simple-config = ./herbstluftwm-simple-config.nix;
  herbstluftwm-no-tags = ./herbstluftwm-no-tags.nix;
}
