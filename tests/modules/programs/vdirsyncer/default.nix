{
  vdirsyncer-read-only = ./read-only.nix;
  vdirsyncer-contacts = ./contacts.nix;
  vdirsyncer-exclusive = ./exclusive.nix;
}
