{
  thunderbird-profiles = ./profiles.nix;
  thunderbird-two-defaults = ./two-defaults.nix;
}
