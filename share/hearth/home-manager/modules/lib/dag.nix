# lib.hm.dag: attribute sets whose values are ordered by named edges.
# An entry is { data, before, after }: `after` lists entries that must come
# earlier, `before` entries that must come later. Sorting turns every
# `before` edge into an `after` edge on the other side and hands the values,
# in attribute-name order, to lib.toposort, so ties keep name order.
# The option type built on this lives in types.nix.
{ lib }:

let
  inherit (lib)
    all
    attrValues
    filterAttrs
    mapAttrs
    mapAttrsToList
    toposort
    ;
in
rec {
  empty = { };

  isEntry = e: builtins.isAttrs e && e ? data && e ? after && e ? before;

  isDag = dag: builtins.isAttrs dag && all isEntry (attrValues dag);

  /**
    Sort a DAG topologically.

    Inputs: `dag`, an attribute set of entries.

    Type: topoSort :: AttrsOf Entry -> { result :: [ { name, data } ] } | { cycle, loops }

    Examples:
      topoSort { a = entryAnywhere 1; b = entryBefore [ "a" ] 2; }
      => { result = [ { name = "b"; data = 2; } { name = "a"; data = 1; } ]; }
  */
  topoSort =
    dag:
    let
      # Names of the entries that asked to come before `name`.
      wantedBefore = name: builtins.attrNames (filterAttrs (_: e: builtins.elem name e.before) dag);
      nodes = mapAttrsToList (name: e: {
        inherit name;
        inherit (e) data;
        after = e.after ++ wantedBefore name;
      }) dag;
      precedes = a: b: builtins.elem a.name b.after;
      sorted = toposort precedes nodes;
    in
    if sorted ? result then
      { result = builtins.map (n: { inherit (n) name data; }) sorted.result; }
    else
      sorted;

  /**
    Apply `f name data` to the data of every entry, keeping the edges.

    Type: map :: (String -> a -> b) -> AttrsOf (Entry a) -> AttrsOf (Entry b)
  */
  map = f: mapAttrs (name: e: e // { data = f name e.data; });

  entryBetween = before: after: data: { inherit data before after; };

  entryAnywhere = entryBetween [ ] [ ];

  entryAfter = entryBetween [ ];

  entryBefore = before: entryBetween before [ ];

  /**
    Turn a list into a chain of entries named `tag-0`, `tag-1`, ...: the
    first one comes after `after`, the last one before `before`, and each
    one after its predecessor.

    Type: entriesBetween :: String -> [String] -> [String] -> [a] -> AttrsOf (Entry a)

    Examples:
      entriesBetween "x" [ "z" ] [ "y" ] [ 1 2 ]
      => { x-0 = entryAfter [ "y" ] 1; x-1 = entryBetween [ "z" ] [ "x-0" ] 2; }
  */
  entriesBetween =
    tag:
    let
      go =
        i: before: after: entries:
        let
          name = "${tag}-${toString i}";
          rest = builtins.tail entries;
        in
        if entries == [ ] then
          empty
        else if rest == [ ] then
          { ${name} = entryBetween before after (builtins.head entries); }
        else
          { ${name} = entryAfter after (builtins.head entries); } // go (i + 1) before [ name ] rest;
    in
    go 0;

  entriesAnywhere = tag: entriesBetween tag [ ] [ ];

  entriesAfter = tag: entriesBetween tag [ ];

  entriesBefore = tag: before: entriesBetween tag before [ ];
}
