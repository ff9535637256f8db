# lib.misc: nixpkgs' deprecated helpers, kept for old expressions (argument
# folding, flag lists, attribute merging by name, propagation closures,
# placeholder hashes). New code has better-named equivalents in lib.
{ lib }:
let
  inherit (builtins)
    head
    tail
    elem
    isAttrs
    isList
    isInt
    attrNames
    filter
    ;
  inherit (lib.trivial) isFunction;

  /** `{ ${name} = value; }`.
      Type: string -> a -> attrs.  Example: `nvs "a" 1` => `{ a = 1; }` */
  nvs = name: value: { ${name} = value; };

  /** `set` with `name` set to `v`.
      Type: attrs -> string -> a -> attrs.  Example: `setAttr { a = 1; } "b" 2` => `{ a = 1; b = 2; }` */
  setAttr = set: name: v: set // nvs name v;

  /** `attrs.${name} or default`.
      Type: string -> a -> attrs -> a.  Example: `maybeAttr "x" 0 { }` => `0` */
  maybeAttr = name: default: attrs: attrs.${name} or default;

  /** Set `name` to `f` of its current value (or `default`).
      Type: string -> a -> attrs -> (a -> a) -> attrs.
      Example: `setAttrMerge "a" [ ] { a = [ 2 ]; } (x: x ++ [ 3 ])` => `{ a = [ 2 3 ]; }` */
  setAttrMerge = name: default: attrs: f: setAttr attrs name (f (maybeAttr name default attrs));

  /** `y` if it is an attribute set, else `y x` (an update function).
      Type: attrs -> (attrs | attrs -> attrs) -> attrs. */
  defaultMergeArg = x: y: if isAttrs y then y else y x;

  /** Whether `name` is "true", listed in `attrSet.flags`, or a true attribute
      ("false" is false).
      Type: attrs -> string -> bool.  Example: `checkFlag { flags = [ "x" ]; } "x"` => `true` */
  checkFlag =
    attrSet: name:
    if name == "true" then
      true
    else if name == "false" then
      false
    else if elem name (attrSet.flags or [ ]) then
      true
    else
      attrSet.${name} or false;

  /** `attrSet.${name}`, else true if the flag is set, else the default from
      `[ [ name default ] ... ]`, else null.
      Type: attrs -> [[a]] -> string -> a. */
  getValue =
    attrSet: argList: name:
    attrSet.${name} or (
      if checkFlag attrSet name then
        true
      else
        let
          entry = lib.lists.findFirst (x: head x == name) null argList;
        in
        if entry == null then null else head (tail entry)
    );

  /** Whether every set flag in `[ [ flag req... ] ... ]` has all its
      requirements non-null and non-false (per getValue).
      Type: attrs -> [[a]] -> [[string]] -> bool. */
  checkReqs =
    attrSet: argList: condList:
    lib.lists.all (
      x:
      checkFlag attrSet (head x)
      -> lib.lists.all (
        y:
        let
          v = getValue attrSet argList y;
        in
        v != null && v != false
      ) (tail x)
    ) condList;

  /** The elements of `inputList` not in `acc` and not seen before, in order.
      Type: { inputList :: [a], acc ? [a] } -> [a].
      Example: `uniqList { inputList = [ 1 2 1 3 ]; acc = [ 3 ]; }` => `[ 1 2 ]` */
  uniqList =
    { inputList, acc ? [ ] }:
    (lib.lists.foldl' (
      s: x:
      if elem x s.seen then
        s
      else
        {
          seen = [ x ] ++ s.seen;
          out = s.out ++ [ x ];
        }
    ) { seen = acc; out = [ ]; } inputList).out;

  /** `outputList` followed by the elements of `inputList` that no earlier
      element equals by `compare` on `getter`.
      Type: { inputList, outputList ? [], getter ? id, compare ? (==) } -> [a]. */
  uniqListExt =
    {
      inputList,
      outputList ? [ ],
      getter ? x: x,
      compare ? x: y: x == y,
    }:
    lib.lists.foldl' (
      out: x: if lib.lists.any (y: compare (getter y) (getter x)) out then out else out ++ [ x ]
    ) outputList inputList;

  innerClosePropagation =
    acc: xs:
    if xs == [ ] then
      acc
    else
      let
        y = head xs;
        ys = tail xs;
        acc' = [ y ] ++ acc;
      in
      if !isAttrs y then
        innerClosePropagation acc ys
      else
        innerClosePropagation acc' (uniqList {
          inputList = (y.propagatedBuildInputs or [ ]) ++ (y.propagatedNativeBuildInputs or [ ]) ++ ys;
          acc = acc';
        });

  /** The closure of packages over propagatedBuildInputs and
      propagatedNativeBuildInputs, each package once (by outPath).
      Type: [drv] -> [drv]. */
  closePropagationFast =
    list:
    let
      item = x: {
        key = x.outPath;
        val = x;
      };
    in
    map (x: x.val) (
      builtins.genericClosure {
        startSet = map item (filter (x: x != null) list);
        operator =
          i:
          if !isAttrs i.val then
            [ ]
          else
            map item (
              filter (x: x != null) ((i.val.propagatedBuildInputs or [ ]) ++ (i.val.propagatedNativeBuildInputs or [ ]))
            );
      }
    );

  /** Attribute-wise merge: each name of `set2` becomes `f` of set1's value
      (or set2's own, if set1 lacks it) and set2's; set1's other names stay.
      Type: (a -> a -> a) -> attrs -> attrs -> attrs.
      Example: `mergeAttrsWithFunc (a: b: a + b) { x = 1; } { x = 2; y = 3; }` => `{ x = 3; y = 6; }` */
  # As in nixpkgs, a name only in set2 is combined with itself.
  mergeAttrsWithFunc =
    f: set1: set2:
    set2 // set1 // builtins.mapAttrs (n: v: f (set1.${n} or v) v) set2;

  /** The merge functions mergeAttrByFunc uses for well-known derivation
      attributes: lists concatenated, attribute sets merged, hook scripts
      joined by a newline. */
  mergeAttrBy =
    lib.attrsets.genAttrs [ "nativeBuildInputs" "buildInputs" "propagatedBuildInputs" "configureFlags" "prePhases" "postAll" "patches" ] (_: a: b: a ++ b)
    // lib.attrsets.genAttrs [ "passthru" "meta" "cfg" "flags" ] (_: a: b: a // b)
    // lib.attrsets.genAttrs [ "preConfigure" "postInstall" ] (_: a: b: "${a}\n${b}");

  /** `x // y`, except that names with a function in `mergeAttrBy` (from
      either set, over the defaults `{ mergeAttrBy = //; }`) and present in
      both are merged with it.
      Type: attrs -> attrs -> attrs. */
  mergeAttrByFunc =
    x: y:
    let
      mergers = { mergeAttrBy = a: b: a // b; } // (x.mergeAttrBy or { }) // (y.mergeAttrBy or { });
      used = builtins.removeAttrs mergers (filter (a: !(x ? ${a}) && !(y ? ${a})) (attrNames mergers));
      merged = builtins.mapAttrs (
        a: f:
        if x ? ${a} then
          if y ? ${a} then f x.${a} y.${a} else x.${a}
        else
          y.${a}
      ) used;
    in
    x // y // merged;

  mergeAttrsByFuncDefaults = lib.lists.foldl mergeAttrByFunc { inherit mergeAttrBy; };

  condConcat' =
    name: list: checker:
    if list == [ ] then
      name
    else
      let
        rest = tail (tail list);
      in
      if checker (head list) then condConcat' (name + head (tail list)) rest checker else condConcat' name rest checker;

  innerModifySumArgs' =
    f: x: a: b:
    if b == null then (f a b) // x else innerModifySumArgs' f x (a // b);
in
{
  inherit
    nvs
    setAttr
    maybeAttr
    setAttrMerge
    defaultMergeArg
    checkFlag
    getValue
    checkReqs
    uniqList
    uniqListExt
    innerClosePropagation
    closePropagationFast
    mergeAttrsWithFunc
    mergeAttrBy
    mergeAttrByFunc
    mergeAttrsByFuncDefaults
    ;

  /** An environment variable, or `default` when unset or empty.
      Type: string -> a -> string | a.  Example: `maybeEnv "UNSET_VAR" "x"` => `"x"` */
  maybeEnv =
    name: default:
    let
      value = builtins.getEnv name;
    in
    if value == "" then default else value;

  /** `x // defaultMergeArg x y`.
      Type: attrs -> (attrs | attrs -> attrs) -> attrs.  Example: `defaultMerge { a = 1; } (x: { b = x.a; })` => `{ a = 1; b = 1; }` */
  defaultMerge = x: y: x // defaultMergeArg x y;

  /** Fold argument sets into a function's result, exposing `override` and
      `passthru.function` to apply more arguments later and `passthru.args`
      with the arguments given so far.
      Type: (attrs -> attrs -> attrs) -> (attrs -> attrs) -> attrs -> (attrs | attrs -> attrs) -> attrs. */
  foldArgs =
    merger: f: init:
    let
      go =
        init: x:
        let
          arg = merger init (defaultMergeArg init x);
          base = setAttrMerge "passthru" { } (f arg) (
            z:
            z
            // {
              function = go arg;
              args = (z.passthru.args or { }) // x;
            }
          );
        in
        base // { override = base.passthru.function; };
    in
    go init;

  /** `maybeAttr` under its older name.
      Type: string -> a -> attrs -> a. */
  maybeAttrNullable = maybeAttr;

  /** `val` if `cond`, else the empty value of its kind ([ ], { }, false
      for booleans, null otherwise).
      Type: bool -> a -> a.  Example: `ifEnable false [ 1 ]` => `[ ]` */
  ifEnable =
    cond: val:
    if cond then
      val
    else if isList val then
      [ ]
    else if isAttrs val then
      { }
    else if val == true || val == false then
      false
    else
      null;

  /** Concatenate `name` with each string of a `[ cond str cond str ... ]`
      list whose condition passes `checker`.
      Type: string -> [a] -> (a -> bool) -> string.
      Example: `condConcat "x" [ true "a" false "b" ] (c: c)` => `"xa"` */
  condConcat = condConcat';

  /** genericClosure in Nix: items reachable through `operator`, each
      `key` once, most recently found first.
      Type: { startSet :: [attrs], operator :: attrs -> [attrs] } -> [attrs]. */
  lazyGenericClosure =
    { startSet, operator }:
    let
      work =
        list: done: result:
        if list == [ ] then
          result
        else
          let
            x = head list;
          in
          if elem x.key done then
            work (tail list) done result
          else
            work (tail list ++ operator x) ([ x.key ] ++ done) ([ x ] ++ result);
    in
    work startSet [ ] [ ];

  /** Collect argument sets until a null argument, then apply `f` to their
      merge and the null, and update with `x`.
      Type: (attrs -> null -> attrs) -> attrs -> attrs -> (attrs | null) -> ... */
  innerModifySumArgs = innerModifySumArgs';
  modifySumArgs = f: x: innerModifySumArgs' f x { };

  /** The propagation closure (closePropagationFast). */
  closePropagation = closePropagationFast;

  /** The propagation closure by the older quadratic walk, which orders
      packages differently.
      Type: [drv] -> [drv]. */
  closePropagationSlow = list: uniqList { inputList = innerClosePropagation [ ] list; };

  /** `mapAttrsToList` under its deprecated name.
      Type: (string -> a -> b) -> attrs -> [b]. */
  mapAttrsFlatten = lib.trivial.warn "lib.misc.mapAttrsFlatten is deprecated, please use lib.attrsets.mapAttrsToList instead." lib.attrsets.mapAttrsToList;

  /** Concatenating merge: values of names in both sets become one list.
      Type: attrs -> attrs -> attrs.
      Example: `mergeAttrsConcatenateValues { a = 7; } { a = [ 2 3 ]; }` => `{ a = [ 7 2 3 ]; }` */
  mergeAttrsConcatenateValues = mergeAttrsWithFunc (a: b: lib.lists.toList a ++ lib.lists.toList b);

  /** `attrs1 // attrs2`, except that names in both are an error unless listed
      in `mergeLists` (concatenated, attrs2's first) or `overrideSnd`
      (attrs1's value kept).
      Type: { mergeLists ?, overrideSnd ? } -> attrs -> attrs -> attrs. */
  mergeAttrsNoOverride =
    {
      mergeLists ? [
        "buildInputs"
        "propagatedBuildInputs"
      ],
      overrideSnd ? [ "buildPhase" ],
    }:
    attrs1: attrs2:
    attrs1
    // builtins.mapAttrs (
      n: v:
      if !(attrs1 ? ${n}) then
        v
      else if elem n mergeLists then
        v ++ attrs1.${n}
      else if elem n overrideSnd then
        attrs1.${n}
      else
        throw "error mergeAttrsNoOverride, attribute ${n} given in both attributes - no merge func defined"
    ) attrs2;

  /** mergeAttrsByFuncDefaults without its `mergeAttrBy` attribute.
      Type: [attrs] -> attrs. */
  mergeAttrsByFuncDefaultsClean = list: builtins.removeAttrs (mergeAttrsByFuncDefaults list) [ "mergeAttrBy" ];

  /** A coarse type name: derivation, attrs, function, list, bool, null, int
      or (anything else) string.
      Type: a -> string.  Example: `nixType { outPath = "/x"; }` => `"derivation"` */
  nixType =
    x:
    if isAttrs x then
      if x ? outPath then "derivation" else "attrs"
    else if isFunction x then
      "function"
    else if isList x then
      "list"
    else if x == true || x == false then
      "bool"
    else if x == null then
      "null"
    else if isInt x then
      "int"
    else
      "string";

  /** `imap1`: map with 1-based indices (deprecated name).
      Type: (int -> a -> b) -> [a] -> [b]. */
  imap = lib.lists.imap1;

  /** Placeholder hashes for fixed-output derivations whose hash is not known
      yet: the build fails and reports the real one. */
  fakeHash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  fakeSha256 = lib.strings.replicate 64 "0";
  fakeSha512 = lib.strings.replicate 128 "0";
}
