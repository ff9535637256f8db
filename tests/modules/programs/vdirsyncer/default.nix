{
  vdirsyncer-read-only = ./read-only.nix;
}
