# Mirrors Home Manager's lib test gvariant-merge: definitions of every kind
# of lib.hm.types.gvariant value merged, then rendered as dconf reads them.
{ config, lib, ... }:

{
  options.examples = lib.mkOption { type = lib.types.attrsOf lib.hm.types.gvariant; };

  config = {
    examples =
      with lib.hm.gvariant;
      lib.mkMerge [
        { bool = true; }
        { bool = true; }

        { float = 3.14; }

        { int = -42; }
        { int = -42; }

        { uint32 = mkUint32 42; }
        { uint32 = mkUint32 42; }

        { int16 = mkInt16 (-42); }
        { int16 = mkInt16 (-42); }

        { uint16 = mkUint16 42; }
        { uint16 = mkUint16 42; }

        { int64 = mkInt64 (-42); }
        { int64 = mkInt64 (-42); }

        { uint64 = mkUint64 42; }
        { uint64 = mkUint64 42; }

        { array1 = [ "one" ]; }
        { array1 = mkArray type.string [ "two" ]; }
        { array2 = mkArray type.uint32 [ 1 ]; }
        { array2 = mkArray type.uint32 [ 2 ]; }

        { emptyArray1 = [ ]; }
        { emptyArray2 = mkEmptyArray type.uint32; }

        { string = "foo"; }
        { string = "foo"; }
        {
          escapedString = ''
            '\
          '';
        }

        {
          tuple = mkTuple [
            1
            [ "foo" ]
          ];
        }

        { maybe1 = mkNothing type.string; }
        { maybe2 = mkJust (mkUint32 4); }
      ];

    home.file."result.txt".text =
      let
        mkLine = n: v: "${n} = ${toString (lib.hm.gvariant.mkValue v)}";
      in
      lib.concatStringsSep "\n" (lib.mapAttrsToList mkLine config.examples) + "\n";

    test.expected."home-files/result.txt" = ./merge-result.txt;
  };
}
