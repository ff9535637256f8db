# programs.khard: ~/.config/khard/khard.conf, an `[addressbooks]` section
# with one entry per address book that enables khard (or per listed
# sub-address-book), then the settings as INI with lists joined by ", " and
# booleans as yes/no, byte for byte as Home Manager writes it. The
# `accounts.contact.accounts.<name>.khard` options are declared here too.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.khard;

  accounts = lib.filterAttrs (_: a: a.khard.enable) config.accounts.contact.accounts;

  accountModule = {
    options.khard = {
      enable = lib.mkEnableOption "khard access";

      defaultCollection = mkOption {
        type = types.str;
        default = "";
        description = "The collection, under the account's local path, that khard reads.";
      };

      type = mkOption {
        type = types.enum [
          "vdir"
          "discover"
        ];
        default = "vdir";
        description = "One address book, or a directory whose subdirectories matching {option}`glob` are address books.";
      };

      glob = mkOption {
        type = types.str;
        default = "*";
        description = "Which subdirectories are address books, when {option}`type` is `discover`.";
      };

      addressbooks = mkOption {
        type = types.listOf types.str;
        default = [ ];
        example = [
          "home"
          "work"
        ];
        description = "Subdirectories that are address books of their own, each named <account>-<subdirectory>.";
      };
    };
  };

  # Joined with "/" and every run of slashes squeezed to one, so sloppy
  # base paths and collections still give a clean path; an empty last
  # part leaves the trailing slash.
  joinPath =
    parts:
    lib.concatMapStrings (x: if builtins.isList x then "/" else x) (
      builtins.split "/+" (lib.concatStringsSep "/" parts)
    );

  entry = name: path: extra: ''
    [[${name}]]
    path = ${path}
  '' + extra;

  entriesOf =
    a:
    let
      base = [
        a.local.path
        a.khard.defaultCollection
      ];
    in
    if a.khard.type == "discover" then
      [ (entry a.name (joinPath (base ++ [ a.khard.glob ])) "type = discover\n") ]
    else if a.khard.addressbooks != [ ] then
      map (book: entry "${a.name}-${book}" (joinPath (base ++ [ book ])) "") a.khard.addressbooks
    else
      [ (entry a.name (joinPath base) "") ];

  renderSettings = lib.generators.toINI {
    mkKeyValue = lib.generators.mkKeyValueDefault {
      mkValueString =
        v:
        if lib.isList v then
          lib.concatStringsSep ", " v
        else if lib.isBool v then
          (if v then "yes" else "no")
        else
          v;
    } "=";
  };
in
{
  options = {
    programs.khard = {
      enable = lib.mkEnableOption "Khard: an address book for the Unix console";

      package = lib.mkPackageOption pkgs "khard" { nullable = true; };

      settings = mkOption {
        type = types.submodule {
          freeformType = types.attrsOf (
            types.attrsOf (
              types.oneOf [
                types.bool
                types.str
                (types.listOf types.str)
              ]
            )
          );

          options.general.default_action = mkOption {
            type = types.str;
            default = "list";
            description = "What khard does when run without an action.";
          };
        };
        default = { };
        example = {
          general.editor = [
            "vim"
            "-i"
            "NONE"
          ];
          "contact table".preferred_phone_number_type = [
            "pref"
            "cell"
            "home"
          ];
        };
        description = "khard.conf's sections other than `[addressbooks]`, by section and key.";
      };
    };

    accounts.contact.accounts = mkOption {
      type = types.attrsOf (types.submodule accountModule);
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile."khard/khard.conf".text = ''
      [addressbooks]
      ${lib.concatStringsSep "\n" (lib.concatMap entriesOf (lib.attrValues accounts))}

      ${renderSettings (removeAttrs cfg.settings [ "_module" ])}
    '';
  };
}
