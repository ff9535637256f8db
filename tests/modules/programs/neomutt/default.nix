{
  neomutt-simple = ./simple.nix;
  neomutt-with-binds = ./with-binds.nix;
  neomutt-imap-smtp = ./imap-smtp.nix;
}
