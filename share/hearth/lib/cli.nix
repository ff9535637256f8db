# Turning an attribute set of options into a command line (argv list or
# shell-escaped string), GNU style by default.
{ lib }:
rec {
  /** `toGNUCommandLine`, shell-escaped and joined with spaces.
      Type: attrs -> attrs -> string.
      Example: `toGNUCommandLineShell { } { v = true; o = "a b"; }` => `"-o 'a b' -v"` */
  toGNUCommandLineShell = options: attrs: lib.strings.escapeShellArgs (toGNUCommandLine options attrs);

  /** Options as an argv list: one-letter names become `-k`, longer ones
      `--key`; `true` gives the bare flag, `false` and `null` nothing, lists
      repeat the option, other values follow as the next argument (or after
      `optionValueSeparator`). Attributes are taken in name order.
      Type: { mkOptionName ?, mkBool ?, mkList ?, mkOption ?, optionValueSeparator ? } -> attrs -> [string].
      Example: `toGNUCommandLine { } { data = 1; X = "P"; f = true; }` => `[ "-X" "P" "--data" "1" "-f" ]` */
  toGNUCommandLine =
    {
      mkOptionName ? k: if builtins.stringLength k == 1 then "-${k}" else "--${k}",
      mkBool ? k: v: lib.lists.optional v (mkOptionName k),
      mkList ? k: v: builtins.concatMap (mkOption k) v,
      mkOption ?
        k: v:
        if v == null then
          [ ]
        else if optionValueSeparator == null then
          [
            (mkOptionName k)
            (lib.generators.mkValueStringDefault { } v)
          ]
        else
          [ "${mkOptionName k}${optionValueSeparator}${lib.generators.mkValueStringDefault { } v}" ],
      optionValueSeparator ? null,
    }:
    options:
    let
      render = k: v: if builtins.isBool v then mkBool k v else if builtins.isList v then mkList k v else mkOption k v;
    in
    builtins.concatLists (lib.attrsets.mapAttrsToList render options);
}
