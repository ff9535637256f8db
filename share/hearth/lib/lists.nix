# Functions on lists: folds, searching, slicing, sorting, set-like
# operations and the topological sort Home Manager's DAGs rely on.
{ lib }:
let
  inherit (builtins)
    head
    tail
    length
    elemAt
    filter
    genList
    isList
    elem
    concatMap
    sort
    ;
  inherit (lib.trivial) min max compare;
in
rec {
  inherit (builtins)
    head
    tail
    length
    isList
    elemAt
    concatLists
    filter
    elem
    genList
    map
    sort
    concatMap
    partition
    any
    all
    ;

  /** A list with a single element.
      Type: a -> [a].  Example: `singleton "x"` => `[ "x" ]` */
  singleton = x: [ x ];

  /** `map` with its arguments swapped.
      Type: [a] -> (a -> b) -> [b].  Example: `forEach [ 1 2 ] (x: x * 2)` => `[ 2 4 ]` */
  forEach = xs: f: map f xs;

  /** Right fold: `foldr op nul [x1 x2]` = `op x1 (op x2 nul)`.
      Type: (a -> b -> b) -> b -> [a] -> b.  Example: `foldr (a: b: a + b) "z" [ "a" "b" ]` => `"abz"` */
  foldr = op: nul: list:
    let
      len = length list;
      go = n: if n == len then nul else op (elemAt list n) (go (n + 1));
    in
    go 0;

  /** Deprecated alias of `foldr`.
      Type: (a -> b -> b) -> b -> [a] -> b. */
  fold = foldr;

  /** Lazy left fold: `foldl op nul [x1 x2]` = `op (op nul x1) x2`.
      Type: (b -> a -> b) -> b -> [a] -> b.  Example: `foldl (a: b: a + b) "z" [ "a" "b" ]` => `"zab"` */
  foldl = op: nul: list:
    let
      go = n: if n == -1 then nul else op (go (n - 1)) (elemAt list n);
    in
    go (length list - 1);

  /** Strict left fold; the accumulator is forced (to WHNF) at every step,
      the initial one included.
      Type: (b -> a -> b) -> b -> [a] -> b.  Example: `foldl' (a: b: a + b) 0 [ 1 2 3 ]` => `6` */
  foldl' = op: acc: builtins.seq acc (builtins.foldl' op acc);

  /** Map with the 0-based index as first argument.
      Type: (int -> a -> b) -> [a] -> [b].  Example: `imap0 (i: v: "${v}${toString i}") [ "a" "b" ]` => `[ "a0" "b1" ]` */
  imap0 = f: list: genList (n: f n (elemAt list n)) (length list);

  /** Map with the 1-based index as first argument.
      Type: (int -> a -> b) -> [a] -> [b].  Example: `imap1 (i: v: "${v}${toString i}") [ "a" "b" ]` => `[ "a1" "b2" ]` */
  imap1 = f: list: genList (n: f (n + 1) (elemAt list n)) (length list);

  /** Filter with the 0-based index as first argument of the predicate.
      Type: (int -> a -> bool) -> [a] -> [a].  Example: `ifilter0 (i: v: i == 0 || v > 2) [ 1 2 3 ]` => `[ 1 3 ]` */
  ifilter0 = ipred: input:
    map (idx: elemAt input idx) (
      filter (idx: ipred idx (elemAt input idx)) (genList (x: x) (length input))
    );

  /** Flatten nested lists completely; a non-list becomes a singleton.
      Type: a -> [b].  Example: `flatten [ 1 [ 2 [ 3 ] ] ]` => `[ 1 2 3 ]` */
  flatten = x: if isList x then concatMap (y: flatten y) x else [ x ];

  /** Remove every element equal to the given one.
      Type: a -> [a] -> [a].  Example: `remove 3 [ 1 3 4 3 ]` => `[ 1 4 ]` */
  remove = e: filter (x: x != e);

  /** The only element matching the predicate; `default` if none, `multiple`
      if more than one.
      Type: (a -> bool) -> a -> a -> [a] -> a.  Example: `findSingle (x: x == 3) "none" "many" [ 1 3 3 ]` => `"many"` */
  findSingle = pred: default: multiple: list:
    let
      found = filter pred list;
      len = length found;
    in
    if len == 0 then default else if len != 1 then multiple else head found;

  /** Index of the first element matching the predicate, or `default`. The
      predicate is not applied after the first match.
      Type: (a -> bool) -> b -> [a] -> int | b.  Example: `findFirstIndex (x: x > 3) null [ 0 6 4 ]` => `1` */
  findFirstIndex = pred: default: list:
    let
      # Negative while searching (-1 - position), the index once found.
      state = builtins.foldl' (
        st: el: if st >= 0 then st else if pred el then -st - 1 else st - 1
      ) (-1) list;
    in
    if state < 0 then default else state;

  /** The first element matching the predicate, or `default`.
      Type: (a -> bool) -> a -> [a] -> a.  Example: `findFirst (x: x > 3) 7 [ 1 6 4 ]` => `6` */
  findFirst = pred: default: list:
    let
      index = findFirstIndex pred null list;
    in
    if index == null then default else elemAt list index;

  /** How many elements satisfy the predicate.
      Type: (a -> bool) -> [a] -> int.  Example: `count (x: x == 3) [ 3 2 3 4 6 ]` => `2` */
  count = pred: builtins.foldl' (c: x: if pred x then c + 1 else c) 0;

  /** A singleton list if the condition holds, else the empty list.
      Type: bool -> a -> [a].  Example: `optional true "foo"` => `[ "foo" ]` */
  optional = cond: elem: if cond then [ elem ] else [ ];

  /** The list if the condition holds, else the empty list.
      Type: bool -> [a] -> [a].  Example: `optionals false [ 1 ]` => `[ ]` */
  optionals = cond: elems: if cond then elems else [ ];

  /** A list stays, anything else becomes a singleton.
      Type: a | [a] -> [a].  Example: `toList 1` => `[ 1 ]` */
  toList = x: if isList x then x else [ x ];

  /** Integers from `first` to `last`, both included.
      Type: int -> int -> [int].  Example: `range 2 4` => `[ 2 3 4 ]` */
  range = first: last: if first > last then [ ] else genList (n: first + n) (last - first + 1);

  /** A list of `n` copies of a value.
      Type: int -> a -> [a].  Example: `replicate 3 "a"` => `[ "a" "a" "a" ]` */
  replicate = n: elem: genList (_: elem) n;

  /** Group elements by a string key, folding each group with `op` from `nul`.
      Type: (b -> a -> b) -> b -> (a -> string) -> [a] -> { string = b; }.
      Example: `groupBy' builtins.add 0 (x: boolToString (x > 2)) [ 5 1 2 3 4 ]` => `{ false = 3; true = 12; }` */
  groupBy' = op: nul: pred: lst: builtins.mapAttrs (name: foldl op nul) (groupBy pred lst);

  /** Group elements into lists by a string key, keeping their order.
      Type: (a -> string) -> [a] -> { string = [a]; }.
      Example: `groupBy (x: boolToString (x > 2)) [ 5 1 2 3 4 ]` => `{ false = [ 1 2 ]; true = [ 5 3 4 ]; }` */
  groupBy =
    builtins.groupBy or (
      pred:
      builtins.foldl' (
        r: e:
        let
          key = pred e;
        in
        r // { ${key} = (r.${key} or [ ]) ++ [ e ]; }
      ) { }
    );

  /** Combine two lists element-wise; the result is as long as the shorter.
      Type: (a -> b -> c) -> [a] -> [b] -> [c].
      Example: `zipListsWith (a: b: a + b) [ "h" "w" ] [ "e" "o" ]` => `[ "he" "wo" ]` */
  zipListsWith = f: fst: snd: genList (n: f (elemAt fst n) (elemAt snd n)) (min (length fst) (length snd));

  /** Pair two lists element-wise as `{ fst; snd; }`.
      Type: [a] -> [b] -> [{ fst = a; snd = b; }].  Example: `zipLists [ 1 ] [ "a" ]` => `[ { fst = 1; snd = "a"; } ]` */
  zipLists = zipListsWith (fst: snd: { inherit fst snd; });

  /** The list in reverse order.
      Type: [a] -> [a].  Example: `reverseList [ 1 2 3 ]` => `[ 3 2 1 ]` */
  reverseList = xs:
    let
      l = length xs;
    in
    genList (n: elemAt xs (l - n - 1)) l;

  /** Depth-first search from the head of `list` along `before`: returns
      `{ minimal; visited; rest; }`, or with `stopOnCycles` and a cycle,
      `{ cycle; loops; visited; rest; }`. `before a b` means a comes before b.
      Type: bool -> (a -> a -> bool) -> [a] -> attrs.
      Example: `(listDfs true (a: b: a < b) [ 3 1 2 ]).minimal` => `1` */
  listDfs = stopOnCycles: before: list:
    let
      walk = us: visited: rest:
        let
          looping = filter (x: before x us) visited;
          split = builtins.partition (x: before x us) rest;
        in
        if stopOnCycles && looping != [ ] then
          {
            cycle = us;
            loops = looping;
            inherit visited rest;
          }
        else if split.right == [ ] then
          {
            minimal = us;
            inherit visited rest;
          }
        else
          walk (head split.right) ([ us ] ++ visited) (tail split.right ++ split.wrong);
    in
    walk (head list) [ ] (tail list);

  /** Topologically sort a list by `before` (a partial order): gives
      `{ result = [...]; }`, or `{ cycle = [...]; loops = [...]; }` if the
      relation has a cycle. Quadratic, like nixpkgs', and with the same order.
      Type: (a -> a -> bool) -> [a] -> attrs.
      Example: `toposort (a: b: a < b) [ 3 2 1 ]` => `{ result = [ 1 2 3 ]; }` */
  toposort = before: list:
    let
      here = listDfs true before list;
      others = toposort before (here.visited ++ here.rest);
    in
    if length list < 2 then
      { result = list; }
    else if here ? cycle then
      {
        cycle = reverseList ([ here.cycle ] ++ here.visited);
        inherit (here) loops;
      }
    else if others ? cycle then
      others
    else
      { result = [ here.minimal ] ++ others.result; };

  /** Sort by a key computed once per element (stable).
      Type: (a -> b) -> [a] -> [a].  Example: `sortOn stringLength [ "aa" "b" ]` => `[ "b" "aa" ]` */
  sortOn = f: list:
    let
      keyed = map (x: [ (f x) x ]) list;
    in
    map (p: elemAt p 1) (sort (a: b: head a < head b) keyed);

  /** Lexicographic comparison of two lists with an element comparison.
      Type: (a -> a -> int) -> [a] -> [a] -> int.  Example: `compareLists compare [ "a" ] [ "a" "b" ]` => `-1` */
  compareLists = cmp: a: b:
    if a == [ ] then
      if b == [ ] then 0 else -1
    else if b == [ ] then
      1
    else
      let
        rel = cmp (head a) (head b);
      in
      if rel == 0 then compareLists cmp (tail a) (tail b) else rel;

  /** Sort strings so embedded decimal numbers compare numerically.
      Type: [string] -> [string].  Example: `naturalSort [ "disk11" "disk8" "disk100" ]` => `[ "disk8" "disk11" "disk100" ]` */
  naturalSort = lst:
    let
      chunks = s: map (x: if isList x then lib.strings.toInt (head x) else x) (builtins.split "(0|[1-9][0-9]*)" s);
      keyed = map (x: [ (chunks x) x ]) lst;
      less = a: b: (compareLists compare (head a) (head b)) < 0;
    in
    map (x: elemAt x 1) (sort less keyed);

  /** The first `count` elements.
      Type: int -> [a] -> [a].  Example: `take 2 [ 1 2 3 ]` => `[ 1 2 ]` */
  take = count: sublist 0 count;

  /** The last `count` elements.
      Type: int -> [a] -> [a].  Example: `takeEnd 2 [ 1 2 3 ]` => `[ 2 3 ]` */
  takeEnd = n: xs: drop (max 0 (length xs - n)) xs;

  /** All but the first `count` elements.
      Type: int -> [a] -> [a].  Example: `drop 2 [ 1 2 3 ]` => `[ 3 ]` */
  drop = count: list: sublist count (length list) list;

  /** All but the last `n` elements.
      Type: int -> [a] -> [a].  Example: `dropEnd 2 [ 1 2 3 ]` => `[ 1 ]` */
  dropEnd = n: xs: take (max 0 (length xs - n)) xs;

  /** Whether the first list is a prefix of the second.
      Type: [a] -> [a] -> bool.  Example: `lists.hasPrefix [ 1 ] [ 1 2 ]` => `true` */
  hasPrefix = list1: list2: take (length list1) list2 == list1;

  /** Remove a list prefix; throws if it is not one.
      Type: [a] -> [a] -> [a].  Example: `lists.removePrefix [ 1 ] [ 1 2 ]` => `[ 2 ]` */
  removePrefix = list1: list2:
    if hasPrefix list1 list2 then
      drop (length list1) list2
    else
      throw "lib.lists.removePrefix: First argument is not a list prefix of the second argument";

  /** At most `count` elements starting at index `start`.
      Type: int -> int -> [a] -> [a].  Example: `sublist 1 3 [ "a" "b" "c" "d" "e" ]` => `[ "b" "c" "d" ]` */
  sublist = start: count: list:
    let
      len = length list;
    in
    genList (n: elemAt list (n + start)) (
      if start >= len then
        0
      else if start + count > len then
        len - start
      else
        count
    );

  /** The longest common prefix of two lists.
      Type: [a] -> [a] -> [a].  Example: `commonPrefix [ 1 2 3 ] [ 1 2 4 ]` => `[ 1 2 ]` */
  commonPrefix = list1: list2:
    let
      shorter = min (length list1) (length list2);
      n = findFirstIndex (i: elemAt list1 i != elemAt list2 i) shorter (range 0 (shorter - 1));
    in
    take n list1;

  /** The last element; throws on an empty list.
      Type: [a] -> a.  Example: `last [ 1 2 3 ]` => `3` */
  last = list:
    assert lib.assertMsg (list != [ ]) "lists.last: list must not be empty!";
    elemAt list (length list - 1);

  /** All but the last element; throws on an empty list.
      Type: [a] -> [a].  Example: `init [ 1 2 3 ]` => `[ 1 2 ]` */
  init = list:
    assert lib.assertMsg (list != [ ]) "lists.init: list must not be empty!";
    take (length list - 1) list;

  /** Deprecated: apply a curried function to every combination of arguments.
      Type: (a -> b -> c) -> [[a] [b]] -> [c].  Example: `crossLists (x: y: x + y) [ [ 1 2 ] [ 10 ] ]` => `[ 11 12 ]` */
  crossLists = lib.warn "lib.crossLists is deprecated, use lib.mapCartesianProduct instead." (
    f: foldl (fs: args: concatMap (g: map g args) fs) [ f ]
  );

  /** Remove duplicates, keeping first occurrences. Quadratic.
      Type: [a] -> [a].  Example: `unique [ 3 2 3 4 ]` => `[ 3 2 4 ]` */
  unique = builtins.foldl' (acc: e: if elem e acc then acc else acc ++ [ e ]) [ ];

  /** Remove duplicate strings; the result is sorted.
      Type: [string] -> [string].  Example: `uniqueStrings [ "b" "a" "b" ]` => `[ "a" "b" ]` */
  uniqueStrings = list: builtins.attrNames (groupBy (x: x) list);

  /** Whether no element occurs twice.
      Type: [a] -> bool.  Example: `allUnique [ 3 2 3 ]` => `false` */
  allUnique = list: length (unique list) == length list;

  /** Elements of the second list that are also in the first.
      Type: [a] -> [a] -> [a].  Example: `intersectLists [ 1 2 3 ] [ 6 3 2 ]` => `[ 3 2 ]` */
  intersectLists = e: filter (x: elem x e);

  /** Elements of the second list that are not in the first.
      Type: [a] -> [a] -> [a].  Example: `subtractLists [ 3 2 ] [ 1 2 3 4 ]` => `[ 1 4 ]` */
  subtractLists = e: filter (x: !(elem x e));

  /** Whether two lists have no element in common.
      Type: [a] -> [a] -> bool.  Example: `mutuallyExclusive [ 1 ] [ 2 ]` => `true` */
  mutuallyExclusive = a: b: length a == 0 || !(builtins.any (x: elem x a) b);

  /** The list with the element at an index replaced; throws when out of range.
      Type: [a] -> int -> a -> [a].  Example: `replaceElemAt [ 1 2 3 ] 0 "a"` => `[ "a" 2 3 ]` */
  replaceElemAt = list: idx: newElem:
    assert lib.assertMsg (idx >= 0 && idx < length list)
      "'lists.replaceElemAt' called with index ${toString idx} on a list of size ${toString (length list)}";
    genList (i: if i == idx then newElem else elemAt list i) (length list);
}
