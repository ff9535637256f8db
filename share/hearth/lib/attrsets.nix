# Functions on attribute sets: paths into nested sets, mapping and
# filtering, zipping and recursive merges, and the derivation-output
# selectors (getBin, getDev, ...). Iteration order is always sorted by name.
{ lib }:
let
  inherit (builtins)
    head
    tail
    length
    elemAt
    isAttrs
    attrNames
    attrValues
    listToAttrs
    concatMap
    filter
    mapAttrs
    catAttrs
    ;
  inherit (lib.strings) concatStringsSep concatMapStringsSep escapeNixIdentifier sanitizeDerivationName;
in
rec {
  inherit (builtins)
    attrNames
    attrValues
    listToAttrs
    hasAttr
    getAttr
    isAttrs
    intersectAttrs
    removeAttrs
    mapAttrs
    catAttrs
    ;

  /** Follow a path of names into nested sets; `default` if any step is missing.
      Type: [string] -> a -> attrs -> a.  Example: `attrByPath [ "a" "b" ] 0 { a.b = 1; }` => `1` */
  attrByPath = attrPath: default: set:
    let
      len = length attrPath;
      go = n: s:
        if n == len then
          s
        else
          let
            name = elemAt attrPath n;
          in
          if s ? ${name} then go (n + 1) s.${name} else default;
    in
    go 0 set;

  /** Whether a path of names exists in nested sets (the empty path always does).
      Type: [string] -> attrs -> bool.  Example: `hasAttrByPath [ "a" "c" ] { a.b = 1; }` => `false` */
  hasAttrByPath = attrPath: e:
    let
      len = length attrPath;
      go = n: s:
        if n == len then
          true
        else
          let
            name = elemAt attrPath n;
          in
          if s ? ${name} then go (n + 1) s.${name} else false;
    in
    go 0 e;

  /** The longest prefix of a path that exists in nested sets.
      Type: [string] -> attrs -> [string].  Example: `longestValidPathPrefix [ "a" "x" ] { a.b = 1; }` => `[ "a" ]` */
  longestValidPathPrefix = attrPath: v:
    let
      len = length attrPath;
      go = n: s:
        if n == len then
          attrPath
        else
          let
            name = elemAt attrPath n;
          in
          if s ? ${name} then go (n + 1) s.${name} else lib.lists.take n attrPath;
    in
    go 0 v;

  /** A nested set holding a value at a path.
      Type: [string] -> a -> attrs.  Example: `setAttrByPath [ "a" "b" ] 3` => `{ a = { b = 3; }; }` */
  setAttrByPath = attrPath: value:
    let
      len = length attrPath;
      atDepth = n: if n == len then value else { ${elemAt attrPath n} = atDepth (n + 1); };
    in
    atDepth 0;

  /** Like `attrByPath` but aborts when the path is missing.
      Type: [string] -> attrs -> a.  Example: `getAttrFromPath [ "a" "b" ] { a.b = 3; }` => `3` */
  getAttrFromPath = attrPath: set:
    attrByPath attrPath (abort ("cannot find attribute `" + concatStringsSep "." attrPath + "'")) set;

  /** Map each attribute to an attribute set and merge the results (`//`, later names win).
      Type: (string -> a -> attrs) -> attrs -> attrs.
      Example: `concatMapAttrs (n: v: { ${n + "1"} = v; }) { a = 1; }` => `{ a1 = 1; }` */
  concatMapAttrs = f: v: builtins.foldl' (a: b: a // b) { } (attrValues (mapAttrs f v));

  /** Apply many `{ path; update; }` updates to nested attributes, in list
      order; updates on a parent path see the already-updated children.
      Type: [{ path = [string]; update = a -> b; }] -> attrs -> attrs.
      Example: `updateManyAttrsByPath [ { path = [ "a" ]; update = x: x + 1; } ] { a = 1; }` => `{ a = 2; }` */
  updateManyAttrsByPath =
    let
      go = depth: hasValue: value: updates:
        let
          here = builtins.partition (u: length u.path == depth) updates;
          nested = lib.lists.groupBy (u: elemAt u.path depth) here.wrong;
          base =
            if here.wrong == [ ] then
              if hasValue then
                value
              else
                throw "updateManyAttrsByPath: Path '${showAttrPath (head here.right).path}' does not exist in the expression"
            else if hasValue then
              if isAttrs value then
                value // mapAttrs (name: go (depth + 1) (value ? ${name}) (value.${name} or null)) nested
              else
                throw "updateManyAttrsByPath: Path '${showAttrPath (head here.wrong).path}' needs to be updated, but path '${showAttrPath (lib.lists.take depth (head here.wrong).path)}' of it is not an attribute set"
            else
              mapAttrs (name: go (depth + 1) false null) nested;
        in
        builtins.foldl' (acc: u: u.update acc) base here.right;
    in
    updates: value: go 0 true value updates;

  /** The values of the named attributes, in the order given.
      Type: [string] -> attrs -> [a].  Example: `attrVals [ "b" "a" ] { a = 1; b = 2; }` => `[ 2 1 ]` */
  attrVals = nameList: set: map (x: set.${x}) nameList;

  /** The subset of attributes with the given names (all must exist).
      Type: [string] -> attrs -> attrs.  Example: `getAttrs [ "a" ] { a = 1; b = 2; }` => `{ a = 1; }` */
  getAttrs = names: attrs: genAttrs names (name: attrs.${name});

  /** Keep attributes for which `pred name value` holds.
      Type: (string -> a -> bool) -> attrs -> attrs.
      Example: `filterAttrs (n: v: n == "foo") { foo = 1; bar = 2; }` => `{ foo = 1; }` */
  filterAttrs = pred: set: removeAttrs set (filter (name: !pred name set.${name}) (attrNames set));

  /** `filterAttrs` applied recursively into nested attribute sets that are kept.
      Type: (string -> a -> bool) -> attrs -> attrs.
      Example: `filterAttrsRecursive (n: v: v != null) { a.b = null; c = 1; }` => `{ a = { }; c = 1; }` */
  filterAttrsRecursive = pred: set:
    listToAttrs (
      concatMap (
        name:
        let
          v = set.${name};
        in
        if pred name v then
          [ (nameValuePair name (if isAttrs v then filterAttrsRecursive pred v else v)) ]
        else
          [ ]
      ) (attrNames set)
    );

  /** Strict left fold over the attributes in name order: `f acc name value`.
      Type: (b -> string -> a -> b) -> b -> attrs -> b.
      Example: `foldlAttrs (acc: n: v: acc + v) 0 { a = 1; b = 2; }` => `3` */
  foldlAttrs = f: init: set: builtins.foldl' (acc: name: f acc name set.${name}) init (attrNames set);

  /** Fold a list of attribute sets into one, combining the values of each name
      with `op`, right to left, starting from `nul`.
      Type: (a -> b -> b) -> b -> [attrs] -> attrs.
      Example: `foldAttrs (x: a: [ x ] ++ a) [ ] [ { a = 2; } { a = 3; } ]` => `{ a = [ 2 3 ]; }` */
  foldAttrs = op: nul: listOfAttrs:
    lib.lists.foldr (
      n: acc:
      builtins.foldl' (o: name: o // { ${name} = op n.${name} (acc.${name} or nul); }) acc (attrNames n)
    ) { } listOfAttrs;

  /** Every value (searched recursively) satisfying a predicate; a matching
      attribute set is not searched further.
      Type: (a -> bool) -> attrs -> [a].  Example: `collect builtins.isList { a.b = [ 1 ]; c = [ 2 ]; }` => `[ [ 1 ] [ 2 ] ]` */
  collect = pred: attrs:
    if pred attrs then
      [ attrs ]
    else if isAttrs attrs then
      concatMap (collect pred) (attrValues attrs)
    else
      [ ];

  /** Every combination of one value from each list in the set.
      Type: { string = [a]; } -> [attrs].
      Example: `cartesianProduct { a = [ 1 2 ]; b = [ 3 ]; }` => `[ { a = 1; b = 3; } { a = 2; b = 3; } ]` */
  cartesianProduct = attrsOfLists:
    builtins.foldl' (
      partial: name: concatMap (attrs: map (v: attrs // { ${name} = v; }) attrsOfLists.${name}) partial
    ) [ { } ] (attrNames attrsOfLists);

  /** `cartesianProduct` under its deprecated name (warns when used).
      Type: { string = [a]; } -> [attrs]. */
  cartesianProductOfSets = lib.trivial.warn "lib.cartesianProductOfSets is a deprecated alias of lib.cartesianProduct." cartesianProduct;

  /** `map f (cartesianProduct set)`.
      Type: (attrs -> a) -> { string = [b]; } -> [a].
      Example: `mapCartesianProduct ({ a, b }: a + b) { a = [ 1 ]; b = [ 2 3 ]; }` => `[ 3 4 ]` */
  mapCartesianProduct = f: attrsOfLists: map f (cartesianProduct attrsOfLists);

  /** A `{ name; value; }` pair, as `listToAttrs` wants.
      Type: string -> a -> { name = string; value = a; }.
      Example: `nameValuePair "a" 1` => `{ name = "a"; value = 1; }` */
  nameValuePair = name: value: { inherit name value; };

  /** Map every attribute to a `nameValuePair`, renaming it; for duplicate
      new names the first (in old-name order) wins.
      Type: (string -> a -> { name; value; }) -> attrs -> attrs.
      Example: `mapAttrs' (n: v: nameValuePair ("x" + n) v) { a = 1; }` => `{ xa = 1; }` */
  mapAttrs' = f: set: listToAttrs (map (attr: f attr set.${attr}) (attrNames set));

  /** A list of `f name value`, in name order.
      Type: (string -> a -> b) -> attrs -> [b].
      Example: `mapAttrsToList (n: v: n + v) { x = "a"; y = "b"; }` => `[ "xa" "yb" ]` */
  mapAttrsToList = f: attrs: map (name: f name attrs.${name}) (attrNames attrs);

  /** The attributes as a list of `{ name; value; }`, in name order.
      Type: attrs -> [{ name; value; }].  Example: `attrsToList { a = 1; }` => `[ { name = "a"; value = 1; } ]` */
  attrsToList = mapAttrsToList nameValuePair;

  /** Map the leaves (non-attrset values) of a nested set with `f path value`.
      Type: ([string] -> a -> b) -> attrs -> attrs.
      Example: `mapAttrsRecursive (p: v: concatStringsSep "-" p) { a.b = 1; }` => `{ a = { b = "a-b"; }; }` */
  mapAttrsRecursive = f: set: mapAttrsRecursiveCond (as: true) f set;

  /** Like `mapAttrsRecursive`, but only descends into sets where `cond set`
      holds; other sets are passed to `f` as leaves.
      Type: (attrs -> bool) -> ([string] -> a -> b) -> attrs -> attrs.
      Example: `mapAttrsRecursiveCond (s: !(s ? x)) (p: v: 0) { a.x = 1; }` => `{ a = 0; }` */
  mapAttrsRecursiveCond = cond: f: set:
    let
      recurse = path:
        mapAttrs (
          name: value:
          if isAttrs value && cond value then recurse (path ++ [ name ]) value else f (path ++ [ name ]) value
        );
    in
    recurse [ ] set;

  /** A list of `f path value` for every leaf of a nested set, in name order.
      Type: ([string] -> a -> b) -> attrs -> [b].
      Example: `mapAttrsToListRecursive (p: v: v) { a.b = 1; c = 2; }` => `[ 1 2 ]` */
  mapAttrsToListRecursive = mapAttrsToListRecursiveCond (_: _: true);

  /** Like `mapAttrsToListRecursive`, descending into a set only when
      `cond path set` holds.
      Type: ([string] -> attrs -> bool) -> ([string] -> a -> b) -> attrs -> [b].
      Example: `mapAttrsToListRecursiveCond (p: s: false) (p: v: p) { a.b = 1; }` => `[ [ "a" ] ]` */
  mapAttrsToListRecursiveCond = cond: f: set:
    let
      recurse = path: set:
        concatMap (
          name:
          let
            value = set.${name};
            p = path ++ [ name ];
          in
          if isAttrs value && cond p value then recurse p value else [ (f p value) ]
        ) (attrNames set);
    in
    recurse [ ] set;

  /** An attribute set with the given names, each value computed from its name.
      Type: [string] -> (string -> a) -> attrs.  Example: `genAttrs [ "a" "b" ] (n: n + n)` => `{ a = "aa"; b = "bb"; }` */
  genAttrs = names: f: listToAttrs (map (n: nameValuePair n (f n)) names);

  /** An attribute set from a list, `f` giving a `nameValuePair` per element.
      Type: [a] -> (a -> { name; value; }) -> attrs.
      Example: `genAttrs' [ 1 ] (x: nameValuePair "n${toString x}" x)` => `{ n1 = 1; }` */
  genAttrs' = xs: f: listToAttrs (map f xs);

  /** Whether a value is a derivation (`type == "derivation"`).
      Type: a -> bool.  Example: `isDerivation { type = "derivation"; }` => `true` */
  isDerivation = value: value.type or null == "derivation";

  /** Wrap an existing store path as a fake derivation.
      Type: path -> derivation.  Example: `(toDerivation "/nix/store/...-hello").name` => `"hello"` */
  toDerivation = path:
    let
      path' = builtins.storePath path;
      res = {
        type = "derivation";
        name = sanitizeDerivationName (builtins.substring 33 (-1) (baseNameOf path'));
        outPath = path';
        outputs = [ "out" ];
        out = res;
        outputName = "out";
      };
    in
    res;

  /** The set if the condition holds, else the empty set.
      Type: bool -> attrs -> attrs.  Example: `optionalAttrs false { a = 1; }` => `{ }` */
  optionalAttrs = cond: as: if cond then as else { };

  /** Merge the given names across a list of sets: `f name [values...]`.
      Type: [string] -> (string -> [a] -> b) -> [attrs] -> attrs.
      Example: `zipAttrsWithNames [ "a" ] (n: vs: vs) [ { a = 1; } { a = 2; b = 3; } ]` => `{ a = [ 1 2 ]; }` */
  zipAttrsWithNames = names: f: sets:
    listToAttrs (
      map (name: {
        inherit name;
        value = f name (catAttrs name sets);
      }) names
    );

  /** Merge all names across a list of sets: `f name [values...]`.
      Type: (string -> [a] -> b) -> [attrs] -> attrs.
      Example: `zipAttrsWith (n: vs: vs) [ { a = 1; } { a = 2; b = 3; } ]` => `{ a = [ 1 2 ]; b = [ 3 ]; }` */
  zipAttrsWith =
    builtins.zipAttrsWith or (f: sets: zipAttrsWithNames (concatMap attrNames sets) f sets);

  /** Collect every name's values across a list of sets into lists.
      Type: [attrs] -> { string = [a]; }.  Example: `zipAttrs [ { a = 1; } { a = 2; } ]` => `{ a = [ 1 2 ]; }` */
  zipAttrs = zipAttrsWith (name: values: values);

  /** Merge a list of sets with `//`; later sets win.
      Type: [attrs] -> attrs.  Example: `mergeAttrsList [ { a = 1; } { a = 2; b = 3; } ]` => `{ a = 2; b = 3; }` */
  mergeAttrsList = list:
    let
      # Merge halves pairwise: O(n log n) copying instead of a quadratic fold.
      merge = start: len:
        if len == 0 then
          { }
        else if len == 1 then
          elemAt list start
        else
          let
            half = builtins.div len 2;
          in
          merge start half // merge (start + half) (len - half);
    in
    merge 0 (length list);

  /** Merge two sets recursively until `pred path lhs rhs` says to stop; at a
      stop (or a non-set) the right-hand value wins.
      Type: ([string] -> a -> a -> bool) -> attrs -> attrs -> attrs.
      Example: `recursiveUpdateUntil (p: l: r: p == [ "a" ]) { a.x = 1; b.x = 1; } { a.y = 2; b.y = 2; }` => `{ a = { y = 2; }; b = { x = 1; y = 2; }; }` */
  recursiveUpdateUntil = pred: lhs: rhs:
    let
      f = attrPath:
        zipAttrsWith (
          n: values:
          let
            here = attrPath ++ [ n ];
          in
          if length values == 1 || pred here (elemAt values 1) (head values) then
            head values
          else
            f here values
        );
    in
    f [ ] [ rhs lhs ];

  /** Merge two sets recursively; where both sides are not sets, the right wins.
      Type: attrs -> attrs -> attrs.
      Example: `recursiveUpdate { a.x = 1; } { a.y = 2; }` => `{ a = { x = 1; y = 2; }; }` */
  recursiveUpdate = lhs: rhs: recursiveUpdateUntil (path: lhs: rhs: !(isAttrs lhs && isAttrs rhs)) lhs rhs;

  /** Whether `attrs` contains the pattern's attributes, recursively equal.
      Type: attrs -> attrs -> bool.  Example: `matchAttrs { a.b = 1; } { a = { b = 1; c = 2; }; }` => `true` */
  matchAttrs = pattern: attrs:
    assert isAttrs pattern;
    builtins.all (
      name:
      let
        pat = pattern.${name};
      in
      attrs ? ${name}
      && (
        let
          val = attrs.${name};
        in
        if isAttrs pat then isAttrs val && matchAttrs pat val else pat == val
      )
    ) (attrNames pattern);

  /** Override the existing attributes of `old` with those of `new`; new
      names are ignored.
      Type: attrs -> attrs -> attrs.  Example: `overrideExisting { a = 1; } { a = 2; b = 3; }` => `{ a = 2; }` */
  overrideExisting = old: new: mapAttrs (name: value: new.${name} or value) old;

  /** Render an attribute path as Nix would write it.
      Type: [string] -> string.  Example: `showAttrPath [ "a" "b c" ]` => `"a.\"b c\""` */
  showAttrPath = path: if path == [ ] then "<root attribute path>" else concatMapStringsSep "." escapeNixIdentifier path;

  /** A derivation's named output (or `out`, or itself), unless an output
      was already chosen explicitly.
      Type: string -> derivation -> derivation.  Example: `getOutput "dev" pkg` => `pkg.dev` */
  getOutput = output: pkg:
    if !pkg ? outputSpecified || !pkg.outputSpecified then pkg.${output} or pkg.out or pkg else pkg;

  /** The first of the candidate outputs the derivation has, or itself.
      Type: [string] -> derivation -> derivation.  Example: `getFirstOutput [ "include" "dev" ] pkg` */
  getFirstOutput = candidates: pkg:
    let
      outputs = filter (name: pkg ? ${name}) candidates;
    in
    if pkg.outputSpecified or false || outputs == [ ] then pkg else pkg.${head outputs};

  /** Output selectors: `bin`, `lib`, `dev`, `man` (falling back to `out`).
      Type: derivation -> derivation.  Example: `getBin pkg` => `pkg.bin` or `pkg.out` */
  getBin = getOutput "bin";
  getLib = getOutput "lib";
  getDev = getOutput "dev";
  getMan = getOutput "man";

  /** The static output, else lib, else out.
      Type: derivation -> derivation.  Example: `getStatic pkg` */
  getStatic = getFirstOutput [ "static" "lib" "out" ];

  /** The include output, else dev, else out.
      Type: derivation -> derivation.  Example: `getInclude pkg` */
  getInclude = getFirstOutput [ "include" "dev" "out" ];

  /** `getDev` for each derivation of a list.
      Type: [derivation] -> [derivation].  Example: `chooseDevOutputs [ pkg ]` */
  chooseDevOutputs = map getDev;

  /** Mark a set so that nix-env and Hydra look inside it for derivations.
      Type: attrs -> attrs.  Example: `recurseIntoAttrs { }` => `{ recurseForDerivations = true; }` */
  recurseIntoAttrs = attrs: attrs // { recurseForDerivations = true; };

  /** Undo `recurseIntoAttrs`.
      Type: attrs -> attrs.  Example: `dontRecurseIntoAttrs { }` => `{ recurseForDerivations = false; }` */
  dontRecurseIntoAttrs = attrs: attrs // { recurseForDerivations = false; };

  /** Union of two sets that must not share names; a shared name throws when read.
      Type: attrs -> attrs -> attrs.  Example: `unionOfDisjoint { a = 1; } { b = 2; }` => `{ a = 1; b = 2; }` */
  unionOfDisjoint = x: y:
    let
      both = builtins.intersectAttrs x y;
      names = concatStringsSep " " (attrNames both);
      mask = mapAttrs (
        name: _: throw "unionOfDisjoint: collision on ${name}; complete list: ${names}"
      ) both;
    in
    (x // y) // mask;

  /** Deprecated alias of `zipAttrsWithNames`. */
  zipWithNames = zipAttrsWithNames;

  /** Deprecated alias of `zipAttrsWith`. */
  zip = lib.warn "lib.zip is a deprecated alias of lib.zipAttrsWith." zipAttrsWith;
}
