# What accounts.calendar and accounts.contact share: a named collection kept
# on disk (a directory of items, or one file) and perhaps synchronised from
# a server. They differ only in words, the items' extension and the kinds
# of server; calendar.nix and contacts.nix give those, and add their own
# options through `extraOptions`.
{ lib }:

let
  inherit (lib) mkOption types;
in
{
  # `kind`: the option set's name (calendar, contact); `noun`: one of them
  # in prose ("calendar", "address book"); `item`: what each file holds;
  # `extraOptions`: more options of each collection.
  collectionsModule =
    {
      kind,
      noun,
      item,
      fileExt,
      remoteTypes,
      basePathExample ? null,
      extraOptions ? { },
    }:
    { config, ... }:
    let
      cfg = config.accounts.${kind};

      localStorage =
        name:
        types.submodule {
          options = {
            path = mkOption {
              type = types.str;
              default = "${cfg.basePath}/${name}";
              defaultText = lib.literalExpression "‹accounts.${kind}.basePath›/‹name›";
              description = "The directory (or file, for `singlefile`) holding the ${noun}.";
            };
            type = mkOption {
              type = types.enum [
                "filesystem"
                "singlefile"
              ];
              default = "filesystem";
              description = "Whether the ${noun} is a directory of ${item}s or one file.";
            };
            fileExt = mkOption {
              type = types.nullOr types.str;
              default = fileExt;
              description = "The extension of each ${item}'s file.";
            };
            encoding = mkOption {
              type = types.nullOr types.str;
              default = null;
              description = "The encoding of ${item} contents and file names; `null` for UTF-8.";
            };
          };
        };

      remoteStorage = types.submodule {
        options = {
          type = mkOption {
            type = types.enum remoteTypes;
            description = "The kind of server the ${noun} comes from.";
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

      collection =
        { name, ... }:
        {
          options = {
            name = mkOption {
              type = types.str;
              readOnly = true;
              description = "The ${noun}'s attribute name, set for you.";
            };
            local = mkOption {
              type = localStorage name;
              default = { };
              description = "Where the ${noun} is kept on this machine.";
            };
            remote = mkOption {
              type = types.nullOr remoteStorage;
              default = null;
              description = "Where the ${noun} is synchronised from; `null` for nowhere.";
            };
          }
          // extraOptions;

          config.name = name;
        };
    in
    {
      options.accounts.${kind} = {
        basePath = mkOption {
          type = types.str;
          apply = p: if lib.hasPrefix "/" p then p else "${config.home.homeDirectory}/${p}";
          description = "The directory holding every ${noun}; relative to the home directory unless absolute.";
        }
        // lib.optionalAttrs (basePathExample != null) { example = basePathExample; };

        accounts = mkOption {
          type = types.attrsOf (types.submodule collection);
          default = { };
          description = "The ${noun}s, by name.";
        };
      };
    };
}
