# lib.hm.types: option types Home Manager modules share. The DAG types let
# `home.activation.foo = "..."` (a plain value) and
# `home.activation.foo = lib.hm.dag.entryAfter [ ... ] "..."` both work: a
# plain definition becomes an entry with no edges, keeping any mkOrder
# priority it carried so `lines` data still merge in order.
{ lib, dag }:

let
  inherit (lib) mkOption mkOptionType types;
  gvar = import ./gvariant.nix { inherit lib; };

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

  /**
    A value dconf can store: a lib.hm.gvariant value or a plain Nix value
    that maps to one. Definitions must agree on the GVariant type; arrays
    concatenate (keeping their declared element type, even when empty),
    strings and doubles must be equal, tuples, maybes, dictionary entries
    and variants may be defined once.
  */
  gvariant = mkOptionType rec {
    name = "gvariant";
    description = "GVariant value";
    check = v: gvar.mkValue v != null;
    merge =
      loc: defs:
      let
        asGVariant =
          d: d // { value = if gvar.isGVariant d.value then d.value else gvar.mkValue d.value; };
        vdefs = map asGVariant defs;
        vals = map (d: d.value) vdefs;
        typeStrings = map (v: v.type) vals;
        # Only the first definition's type is compared with the others.
        shared = lib.foldl' (a: b: if a == b then b else null) (builtins.head typeStrings) typeStrings;
        valid = builtins.all check vals;
        once = lib.mergeOneOption loc defs;
      in
      if shared == null then
        throw (
          "Cannot merge definitions of `${lib.showOption loc}' with"
          + " mismatched GVariant types given in"
          + " ${lib.showFiles (lib.getFiles defs)}."
        )
      else if gvar.isArray shared && valid then
        gvar.mkValue ((types.listOf gvariant).merge loc (map (d: d // { value = d.value.value; }) vdefs))
        // {
          type = shared;
        }
      else if (gvar.isTuple shared || gvar.isMaybe shared || gvar.isDictionaryEntry shared) && valid then
        once
      else if shared == gvar.type.variant && valid then
        once
      else if shared == gvar.type.string && valid then
        types.str.merge loc defs
      else if shared == gvar.type.double && valid then
        types.float.merge loc defs
      else
        lib.mergeDefaultOption loc defs;
  };
}
