# pkgs.formats: settings formats for configuration files. Each
# `format = args: { type; generate; }` gives a module-system type for the
# value and `generate name value`, a derivation holding the file. Files
# are rendered at evaluation time (Nix, lib.generators, ./generators.nix),
# so building them needs only the host's bash.
{ lib, pkgs }:
let
  inherit (lib) types;
  gen = import ./generators.nix { inherit lib; };

  jsonValue =
    let
      valueType =
        types.nullOr (
          types.oneOf [
            types.bool
            types.int
            types.float
            types.str
            types.path
            (types.attrsOf valueType)
            (types.listOf valueType)
          ]
        )
        // {
          description = "JSON value";
        };
    in
    valueType;

  iniAtom =
    types.nullOr (
      types.oneOf [
        types.bool
        types.int
        types.float
        types.str
      ]
    )
    // {
      description = "INI atom (null, bool, int, float or string)";
    };

  # With duplicate keys allowed a value may also be a list of atoms.
  iniAtomOrList =
    { listsAsDuplicateKeys, listToValue }:
    if listsAsDuplicateKeys then
      types.coercedTo iniAtom lib.singleton (types.listOf iniAtom)
      // {
        description = iniAtom.description + " or a list of them for duplicate keys";
      }
    else if listToValue != null then
      types.coercedTo iniAtom lib.singleton (types.nonEmptyListOf iniAtom)
      // {
        description = iniAtom.description + " or a non-empty list of them";
      }
    else
      iniAtom;

  # listToValue turns lists into one value before the generator sees them.
  applyListToValue =
    listToValue: value:
    if listToValue == null then
      value
    else
      lib.mapAttrs (_: section: lib.mapAttrs (_: v: if lib.isList v then listToValue v else v) section) value;

  yamlFormat =
    version:
    { }:
    {
      type = jsonValue // {
        description = "YAML ${version} value";
      };
      generate = name: value: pkgs.writeText name (gen.toYAML version value);
    };

  generatorArgs =
    args:
    builtins.removeAttrs args [
      "listToValue"
    ];
in
{
  json =
    { }:
    {
      type = jsonValue;
      generate = name: value: pkgs.writeText name (gen.toPrettyJSON value);
    };

  # formats.yaml is YAML 1.1, as in nixpkgs.
  yaml = yamlFormat "1.1";
  yaml_1_1 = yamlFormat "1.1";
  yaml_1_2 = yamlFormat "1.2";

  ini =
    {
      listsAsDuplicateKeys ? false,
      listToValue ? null,
      ...
    }@args:
    assert lib.assertMsg (!(listsAsDuplicateKeys && listToValue != null)) "formats.ini: listsAsDuplicateKeys and listToValue cannot both be set";
    {
      type = types.attrsOf (types.attrsOf (iniAtomOrList { inherit listsAsDuplicateKeys listToValue; }));
      generate =
        name: value: pkgs.writeText name (lib.generators.toINI (generatorArgs args) (applyListToValue listToValue value));
    };

  iniWithGlobalSection =
    {
      listsAsDuplicateKeys ? false,
      listToValue ? null,
      ...
    }@args:
    let
      atom = iniAtomOrList { inherit listsAsDuplicateKeys listToValue; };
    in
    {
      type = types.submodule {
        options = {
          sections = lib.mkOption {
            type = types.attrsOf (types.attrsOf atom);
            default = { };
            description = "The sections of the file, each a set of key-value pairs.";
          };
          globalSection = lib.mkOption {
            type = types.attrsOf atom;
            default = { };
            description = "The key-value pairs before the first section.";
          };
        };
      };
      generate =
        name:
        {
          sections ? { },
          globalSection ? { },
          ...
        }:
        pkgs.writeText name (
          lib.generators.toINIWithGlobalSection (generatorArgs args) {
            sections = applyListToValue listToValue sections;
            globalSection =
              if listToValue == null then
                globalSection
              else
                lib.mapAttrs (_: v: if lib.isList v then listToValue v else v) globalSection;
          }
        );
    };

  gitIni =
    {
      listsAsDuplicateKeys ? false,
      ...
    }@args:
    let
      atom = iniAtomOrList {
        inherit listsAsDuplicateKeys;
        listToValue = null;
      };
    in
    {
      type = types.attrsOf (types.attrsOf (types.either atom (types.attrsOf atom)));
      generate = name: value: pkgs.writeText name (lib.generators.toGitINI value);
    };

  keyValue =
    {
      listsAsDuplicateKeys ? false,
      listToValue ? null,
      ...
    }@args:
    {
      type = types.attrsOf (iniAtomOrList { inherit listsAsDuplicateKeys listToValue; });
      generate =
        name: value:
        pkgs.writeText name (
          lib.generators.toKeyValue (generatorArgs args) (
            if listToValue == null then value else lib.mapAttrs (_: v: if lib.isList v then listToValue v else v) value
          )
        );
    };

  toml =
    { }:
    {
      type =
        let
          valueType =
            types.oneOf [
              types.bool
              types.int
              types.float
              types.str
              types.path
              (types.attrsOf valueType)
              (types.listOf valueType)
            ]
            // {
              description = "TOML value";
            };
        in
        valueType;
      generate = name: value: pkgs.writeText name (gen.toTOML value);
    };
}
