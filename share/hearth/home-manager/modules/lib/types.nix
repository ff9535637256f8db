# lib.hm.types: option types Home Manager modules share. The DAG types let
# `home.activation.foo = "..."` (a plain value) and
# `home.activation.foo = lib.hm.dag.entryAfter [ ... ] "..."` both work: a
# plain definition becomes an entry with no edges, keeping any mkOrder
# priority it carried so `lines` data still merge in order.
{ lib, dag }:

let
  inherit (lib) mkOption mkOptionType types;

  entryOptions =
    elemType:
    types.submodule (
      { name, ... }:
      {
        options = {
          data = mkOption { type = elemType; };
          after = mkOption {
            type = types.listOf types.str;
            default = [ ];
          };
          before = mkOption {
            type = types.listOf types.str;
            default = [ ];
          };
        };
        # A submodule payload sees its own option path as `name`; give it
        # the entry's name under another argument.
        config = lib.mkIf (elemType.name == "submodule") { data._module.args.dagName = name; };
      }
    );
in
rec {
  /**
    One DAG entry whose data has type `elemType`.

    Type: dagEntryOf :: OptionType -> OptionType
  */
  dagEntryOf =
    elemType:
    let
      submodule = entryOptions elemType;
      asEntry =
        def:
        if dag.isEntry def.value then
          def.value
        else
          dag.entryAnywhere (if def ? priority then lib.mkOrder def.priority def.value else def.value);
    in
    mkOptionType {
      name = "dagEntryOf";
      description = "DAG entry of ${elemType.description}";
      merge =
        loc: defs:
        submodule.merge loc (
          map (def: {
            inherit (def) file;
            value = asEntry def;
          }) defs
        );
    };

  /**
    An attribute set of DAG entries; sort it with lib.hm.dag.topoSort.

    Type: dagOf :: OptionType -> OptionType

    Examples:
      home.activation = mkOption { type = lib.hm.types.dagOf types.str; };
  */
  dagOf =
    elemType:
    let
      attrs = types.attrsOf (dagEntryOf elemType);
    in
    mkOptionType rec {
      name = "dagOf";
      description = "DAG of ${elemType.description}";
      inherit (attrs) check merge emptyValue;
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<name>" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = m: dagOf (elemType.substSubModules m);
      functor = (lib.types.defaultFunctor name) // {
        wrapped = elemType;
      };
      nestedTypes.elemType = elemType;
    };

  # A function picking from a package set (`epkgs: [ epkgs.foo ]`); several
  # definitions are applied in turn and their lists concatenated.
  selectorFunction = mkOptionType {
    name = "selectorFunction";
    description =
      "function that takes an attribute set and returns a list"
      + " containing a selection of the values of the input set";
    check = lib.isFunction;
    merge =
      _loc: defs: as:
      lib.concatMap (select: select as) (lib.getValues defs);
  };

  # A nixpkgs overlay (`final: prev: { ... }`); several definitions are
  # composed in definition order.
  overlayFunction = mkOptionType {
    name = "overlayFunction";
    description = "overlay function";
    check = lib.isFunction;
    merge = _loc: defs: lib.composeManyExtensions (lib.getValues defs);
  };

  fontType = types.submodule {
    options = {
      package = mkOption {
        type = types.nullOr types.package;
        default = null;
        example = lib.literalExpression "pkgs.noto-fonts";
        description = ''
          Package that contains the font; it is added to the profile.
          `null` means the font is already installed some other way.
        '';
      };
      name = mkOption {
        type = types.str;
        example = "Noto Sans";
        description = "Font family name, as fontconfig knows it.";
      };
      size = mkOption {
        type = types.nullOr types.number;
        default = null;
        example = "11";
        description = "Point size; `null` leaves the program's default.";
      };
    };
  };
}
