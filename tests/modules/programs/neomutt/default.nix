{
  neomutt = ./neomutt.nix;
  neomutt-no-folder-change = ./no-folder-change.nix;
  neomutt-no-register = ./no-register.nix;
  neomutt-not-primary = ./not-primary.nix;
  neomutt-unmailboxes = ./unmailboxes.nix;
  neomutt-with-binds = ./with-binds.nix;
  neomutt-with-binds-invalid-settings = ./with-binds-invalid-settings.nix;
  neomutt-with-binds-with-warning = ./with-binds-with-warning.nix;
  neomutt-with-gpg = ./with-gpg.nix;
  neomutt-with-imap = ./with-imap.nix;
  neomutt-with-imap-type-mailboxes = ./with-imap-type-mailboxes.nix;
  neomutt-with-msmtp = ./with-msmtp.nix;
  neomutt-with-named-mailboxes = ./with-named-mailboxes.nix;
  neomutt-with-signature = ./with-signature.nix;
  neomutt-with-signature-command = ./with-signature-command.nix;
  neomutt-with-starttls = ./with-starttls.nix;
}
