# Turning an attribute set of options into a command line (argv list or
# shell-escaped string): the general toCommandLine, driven by a per-option
# format, its GNU-style specialisation, and the older toGNUCommandLine.
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

  /** `toCommandLineGNU`, shell-escaped and joined with spaces.
      Type: attrs -> attrs -> string.
      Example: `toCommandLineShellGNU { } { o = "a b"; v = true; }` => `"'-oa b' -v"` */
  toCommandLineShellGNU = options: attrs: lib.strings.escapeShellArgs (toCommandLineGNU options attrs);

  /** `toCommandLine` with GNU conventions: a name longer than one character
      (by `isLong`) is `--name=value`, a one-letter name `-nvalue`; `true` is
      the bare flag and `false` nothing unless `explicitBool`. `listRepr name`
      picks how a list is passed ("repeat", "join" via `formatList`, or
      "spread" via `splitList name`).
      Type: { isLong ?, explicitBool ?, formatArg ?, listRepr ?, formatList ?, splitList ? } -> attrs -> [string].
      Example: `toCommandLineGNU { } { v = true; i = ".bak"; data = 1; }` => `[ "--data=1" "-i.bak" "-v" ]` */
  toCommandLineGNU =
    {
      isLong ? name: builtins.stringLength name > 1,
      explicitBool ? false,
      formatArg ? lib.generators.mkValueStringDefault { },
      listRepr ? _: "repeat",
      formatList ? list: builtins.concatStringsSep "," (map formatArg list),
      splitList ? _: list: [ list ],
    }:
    toCommandLine (
      name:
      let
        long = isLong name;
        repr = listRepr name;
      in
      {
        option = if long then "--${name}" else "-${name}";
        sep = if long then "=" else "";
        formatArg = v: if repr == "join" && builtins.isList v then formatList v else formatArg v;
        listRepr = repr;
        splitList = splitList name;
        inherit explicitBool;
      }
    );

  /** `toCommandLine`, shell-escaped and joined with spaces.
      Type: (string -> attrs) -> attrs -> string.
      Example: `toCommandLineShell (n: { option = "-${n}"; sep = null; explicitBool = false; }) { o = "a b"; }` => `"-o 'a b'"` */
  toCommandLineShell = optionFormat: attrs: lib.strings.escapeShellArgs (toCommandLine optionFormat attrs);

  /** Options as an argv list, in attribute-name order. `optionFormat name`
      gives `{ option, sep, explicitBool, formatArg ?, listRepr ?, splitList ? }`:
      `null` values are left out; without `explicitBool`, `true` is the bare
      `option` and `false` nothing; other values become `option + sep + arg`
      (or `option` and `arg` apart when `sep` is null), `arg` from `formatArg`
      (default `mkValueStringDefault { }`). Lists repeat the option per
      element ("repeat", the default), pass the whole list to `formatArg`
      once ("join"), or give the option once followed by each group of
      `splitList list` ("spread"). An empty option name is an error.
      Type: (string -> attrs) -> attrs -> [string].
      Example: `toCommandLine (n: { option = "-${n}"; sep = "="; explicitBool = true; }) { v = true; e = [ "a" "b" ]; }`
      => `[ "-e=a" "-e=b" "-v=true" ]` */
  toCommandLine =
    optionFormat:
    let
      withDefaults =
        {
          option,
          sep,
          explicitBool,
          formatArg ? lib.generators.mkValueStringDefault { },
          listRepr ? "repeat",
          splitList ? list: [ list ],
        }@spec:
        { inherit formatArg listRepr splitList; } // spec;

      # The values one option is rendered for: a list becomes several.
      occurrences =
        spec: value:
        if !builtins.isList value then
          [ value ]
        else if spec.listRepr == "repeat" then
          value
        else if spec.listRepr == "join" then
          [ value ]
        else if spec.listRepr == "spread" then
          spec.splitList value
        else
          throw "lib.cli.toCommandline requires that listRepr is one of: join, repeat, spread";

      render =
        spec: value:
        if value == null || (!spec.explicitBool && value == false) then
          [ ]
        else if !spec.explicitBool && value == true then
          [ spec.option ]
        else if spec.listRepr == "spread" && builtins.isList value then
          [ spec.option ] ++ map spec.formatArg value
        else if spec.sep == null then
          [
            spec.option
            (spec.formatArg value)
          ]
        else
          [ "${spec.option}${spec.sep}${spec.formatArg value}" ];

      pair =
        name: value:
        if name == "" then
          throw "lib.cli.toCommandLine only accepts non-empty option names."
        else
          let
            spec = withDefaults (optionFormat name);
          in
          builtins.concatMap (render spec) (occurrences spec value);
    in
    attrs: builtins.concatLists (lib.attrsets.mapAttrsToList pair attrs);
}
