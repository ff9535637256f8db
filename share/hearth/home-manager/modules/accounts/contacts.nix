# accounts.contact: the address books that contact programs share
# (vdirsyncer syncs them, khard reads them, khal shows their birthdays).
# Only the shared data lives here; each program declares
# `accounts.contact.accounts` again with a submodule of its own
# `<program>.*` options. This file writes nothing.
{ lib, ... }:

{
  imports = [
    ((import ./collections.nix { inherit lib; }).collectionsModule {
      kind = "contact";
      noun = "address book";
      item = "card";
      fileExt = ".vcf";
      remoteTypes = [
        "carddav"
        "http"
        "google_contacts"
      ];
    })
  ];
}
