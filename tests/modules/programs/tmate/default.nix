{
  tmate-basic = ./tmate.nix;
  tmate-all-settings = ./all-settings.nix;
  tmate-empty = ./empty.nix;
}
