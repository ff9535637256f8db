{
  mbsync = ./mbsync.nix;
  mbsync-protocol-usernames = ./protocol-usernames.nix;
  mbsync-username-fallback = ./username-fallback.nix;
  mbsync-global-groups = ./global-groups.nix;
  mbsync-missing-imap = ./missing-imap.nix;
}
