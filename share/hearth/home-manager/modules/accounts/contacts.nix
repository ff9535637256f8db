# accounts.contact: the address books that contact programs share
# (vdirsyncer syncs them, khard reads them, khal shows their birthdays).
# Only the shared data lives here; each program declares
# `accounts.contact.accounts` again with a submodule of its own
# `<program>.*` options. This file writes nothing.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;

  cfg = config.accounts.contact;

  localStorage =
    name:
    types.submodule {
      options = {
        path = mkOption {
          type = types.str;
          default = "${cfg.basePath}/${name}";
          defaultText = lib.literalExpression "‹accounts.contact.basePath›/‹name›";
          description = "The directory (or file, for `singlefile`) holding the address book.";
        };
        type = mkOption {
          type = types.enum [
            "filesystem"
            "singlefile"
          ];
          default = "filesystem";
          description = "Whether the address book is a directory of cards or one file.";
        };
        fileExt = mkOption {
          type = types.nullOr types.str;
          default = ".vcf";
          description = "The extension of each card's file.";
        };
        encoding = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "The encoding of card contents and file names; `null` for UTF-8.";
        };
      };
    };

  remoteStorage = types.submodule {
    options = {
      type = mkOption {
        type = types.enum [
          "carddav"
          "http"
          "google_contacts"
        ];
        description = "The kind of server the address book comes from.";
      };
      url = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "Where the server is.";
      };
      userName = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "The name to log in with.";
      };
      passwordCommand = mkOption {
        type = types.nullOr (types.listOf types.str);
        default = null;
        example = [
          "pass"
          "caldav"
        ];
        description = "A command (program and arguments) that prints the password.";
      };
    };
  };

  contactModule =
    { name, ... }:
    {
      options = {
        name = mkOption {
          type = types.str;
          readOnly = true;
          description = "The address book's attribute name, set for you.";
        };
        local = mkOption {
          type = localStorage name;
          default = { };
          description = "Where the address book is kept on this machine.";
        };
        remote = mkOption {
          type = types.nullOr remoteStorage;
          default = null;
          description = "Where the address book is synchronised from; `null` for nowhere.";
        };
      };

      config.name = name;
    };
in
{
  options.accounts.contact = {
    basePath = mkOption {
      type = types.str;
      apply = p: if lib.hasPrefix "/" p then p else "${config.home.homeDirectory}/${p}";
      description = "The directory holding every address book; relative to the home directory unless absolute.";
    };

    accounts = mkOption {
      type = types.attrsOf (types.submodule contactModule);
      default = { };
      description = "The address books, by name.";
    };
  };
}
