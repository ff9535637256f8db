# lib.fileset: sets of local files, combined with union, intersection and
# difference and imported with toSource (which builds on lib.sources'
# cleanSourceWith). Only files are members; directories exist in a result
# only to hold files. gitTracked needs builtins.fetchGit and is an error.
{ lib }:
let
  inherit (builtins)
    isPath
    isList
    isAttrs
    isString
    isFunction
    typeOf
    pathExists
    readDir
    attrNames
    filter
    concatMap
    concatStringsSep
    ;
  inherit (lib.strings) hasPrefix hasSuffix isStringLike;

  # A file set is { _type = "fileset"; _base; _tree; }.
  # _base: absolute path string of the directory outside which no file can
  #   change the set (what toSource checks against `root`); null for the
  #   empty set that has no base (the identity of union).
  # _tree: the included files, from "/" down: null (none), "directory"
  #   (every file below), another readDir type string (that one file), or an
  #   attrset of entry name -> tree (missing or null entries are excluded).
  make = base: tree: {
    _type = "fileset";
    _base = base;
    _tree = tree;
    # Printing or deepSeq-ing a file set is a mistake; say so.
    __noEval = throw "lib.fileset: Directly evaluating a file set is not supported. To turn it into a usable source, use `lib.fileset.toSource`. To pretty-print the contents, use `lib.fileset.trace` or `lib.fileset.traceVal`.";
  };
  emptyWithoutBase = make null null;

  components = s: filter (c: c != "") (lib.strings.splitString "/" s);
  join = dir: name: if dir == "/" then "/${name}" else "${dir}/${name}";
  # A tree holding `leaf` at the path with these components.
  nest = comps: leaf: lib.lists.foldr (c: t: { ${c} = t; }) leaf comps;
  # The subtree at a path: an including string above it covers it.
  lookup =
    tree: comps:
    if comps == [ ] || tree == null || isString tree then
      tree
    else
      lookup (tree.${lib.lists.head comps} or null) (lib.lists.tail comps);

  isUnder = dir: p: p == dir || hasPrefix (if dir == "/" then "/" else "${dir}/") p;
  commonAncestor =
    a: b:
    let
      common = lib.lists.commonPrefix (components a) (components b);
    in
    "/" + concatStringsSep "/" common;

  # A directory's entries and their readDir types.
  entries = path: readDir path;

  unionTree =
    a: b:
    if a == null then
      b
    else if b == null then
      a
    else if isString a then
      a
    else if isString b then
      b
    else
      a // b // builtins.mapAttrs (n: _: unionTree a.${n} b.${n}) (builtins.intersectAttrs b a);

  intersectTree =
    a: b:
    if a == null || b == null then
      null
    else if isString a then
      b
    else if isString b then
      a
    else
      lib.attrsets.genAttrs (filter (n: b ? ${n}) (attrNames a)) (n: intersectTree a.${n} b.${n});

  # `path` is where `a` and `b` sit, needed to list a fully included
  # directory when only part of it is taken away.
  differenceTree =
    path: a: b:
    if a == null || isString b then
      null
    else if b == null then
      a
    else
      let
        children = if isString a then entries path else a;
      in
      lib.attrsets.genAttrs (attrNames children) (
        n: differenceTree (join path n) (if isString a then children.${n} else a.${n}) (b.${n} or null)
      );

  # Whether a subtree at `path` holds at least one file; stops at the first.
  hasFiles =
    path: tree:
    if tree == null then
      false
    else if tree == "directory" then
      let
        children = entries path;
      in
      lib.lists.any (n: children.${n} != "directory" || hasFiles (join path n) "directory") (attrNames children)
    else if isString tree then
      true
    else
      lib.lists.any (n: hasFiles (join path n) tree.${n}) (attrNames tree);

  # The tree of the files under `path` (a directory) that `keep` accepts.
  walk =
    keep: path:
    builtins.mapAttrs (
      n: type:
      let
        p = join path n;
      in
      if !keep p type then
        null
      else if type == "directory" then
        walk keep p
      else
        type
    ) (entries path);

  coercePath =
    context: path:
    if !pathExists path then
      throw ''
        ${context} (${toString path}) is a path that does not exist.
            To create a file set from a path that may not exist, use `lib.fileset.maybeMissing`.''
    else
      let
        s = toString path;
        type = lib.filesystem.pathType path;
      in
      make (if type == "directory" then s else dirOf s) (nest (components s) type);

  # A file set from a file set or a path; `context` starts the error.
  coerce =
    context: value:
    if isAttrs value && value._type or null == "fileset" then
      value
    else if isPath value then
      coercePath context value
    else if isStringLike value then
      throw ''
        ${context} ("${toString value}") is a string-like value, but it should be a file set or a path instead.
            Paths represented as strings are not supported by `lib.fileset`, use `lib.sources` or derivations instead.''
    else
      throw "${context} is of type ${typeOf value}, but it should be a file set or a path instead.";

  union2 =
    a: b:
    if a._base == null then
      b
    else if b._base == null then
      a
    else
      make (commonAncestor a._base b._base) (unionTree a._tree b._tree);

  # The part of the tree at the base, which is a directory.
  atBase = fs: if fs._base == null then null else lookup fs._tree (components fs._base);

  # "(empty)", "(all files in directory)" or the included entries, as
  # lib.fileset.trace prints them.
  describe =
    path: tree:
    if tree == null then
      { kind = "empty"; }
    else if tree == "directory" then
      { kind = if hasFiles path tree then "all" else "empty"; }
    else if isString tree then
      {
        kind = "file";
        type = tree;
      }
    else
      let
        children = entries path;
        parts = map (n: {
          name = n;
          value = describe (join path n) (tree.${n} or null);
        }) (attrNames children);
        shown = filter (p: p.value.kind != "empty") parts;
        # A child without included files still hides files if it has any.
        whole =
          p:
          p.value.kind == "all"
          || p.value.kind == "file"
          || (p.value.kind == "empty" && children.${p.name} == "directory" && !hasFiles (join path p.name) "directory");
      in
      if shown == [ ] then
        { kind = "empty"; }
      else if lib.lists.all whole parts then
        { kind = "all"; }
      else
        {
          kind = "partial";
          inherit shown;
        };

  render =
    indent: d:
    concatMap (
      p:
      let
        v = p.value;
        line = "${indent}- ${p.name}";
      in
      if v.kind == "file" then
        [ "${line} (${v.type})" ]
      else if v.kind == "all" then
        [ "${line} (all files in directory)" ]
      else
        [ line ] ++ render "${indent}  " v
    ) d.shown;

  pretty =
    fs:
    let
      d = describe fs._base (atBase fs);
    in
    if fs._base == null || d.kind == "empty" then
      "(empty)"
    else if d.kind == "all" then
      "${fs._base} (all files in directory)"
    else
      concatStringsSep "\n" ([ fs._base ] ++ render "" d);

  filesOf =
    path: tree:
    if tree == null then
      [ ]
    else if tree == "directory" then
      let
        children = entries path;
      in
      concatMap (n: filesOf (join path n) children.${n}) (attrNames children)
    else if isString tree then
      [ (/. + path) ]
    else
      concatMap (n: filesOf (join path n) tree.${n}) (attrNames tree);
in
{
  /** Whether a value is a file set (paths are not, though every function
      here takes them as the set of their files).
      Type: a -> bool.  Example: `isFileset (unions [ ])` => `true` */
  isFileset = value: isAttrs value && value._type or null == "fileset";

  /** The empty file set (what `unions [ ]` gives), the identity of union.
      Type: fileset. */
  empty = emptyWithoutBase;

  /** The file set of all files in `path`, or the empty file set if `path`
      does not exist.
      Type: path -> fileset.  Example: `maybeMissing ./not-there` is empty */
  maybeMissing =
    path:
    if !isPath path then
      if isStringLike path then
        throw ''
          lib.fileset.maybeMissing: Argument ("${toString path}") is a string-like value, but it should be a path instead.
              Paths represented as strings are not supported by `lib.fileset`, use `lib.sources` or derivations instead.''
      else
        throw "lib.fileset.maybeMissing: Argument is of type ${typeOf path}, but it should be a path instead."
    else if !pathExists path then
      emptyWithoutBase
    else
      coercePath "lib.fileset.maybeMissing: Argument" path;

  /** Print a file set with builtins.trace (as a tree of entries, with
      "(all files in directory)" and "(empty)"), then return `val`.
      Type: fileset -> a -> a.  Example: `trace ./src null` */
  trace = fileset: builtins.trace (pretty (coerce "lib.fileset.trace: Argument" fileset));

  /** `trace fileset fileset`, the file set coerced from a path if need be.
      Type: fileset -> fileset.  Example: `traceVal ./src` */
  traceVal =
    fileset:
    let
      fs = coerce "lib.fileset.traceVal: Argument" fileset;
    in
    builtins.trace (pretty fs) fs;

  /** Import the files of `fileset` into the store as a directory laid out
      as under `root`: a cleanSourceWith source named "source". `root` must
      be an existing directory path, and the file set must not depend on
      files outside it; directories without included files are left out.
      Type: { root :: path, fileset :: fileset } -> source.
      Example: `toSource { root = ./.; fileset = unions [ ./src ./Makefile ]; }` */
  toSource =
    { root, fileset }:
    let
      rootString = toString root;
      fs = coerce "lib.fileset.toSource: `fileset`" fileset;
      common = commonAncestor rootString fs._base;
      inSet =
        p: type:
        let
          t = lookup fs._tree (components p);
        in
        if type == "directory" then hasFiles p t else t != null;
    in
    if !isPath root then
      if isStringLike root then
        throw ''
          lib.fileset.toSource: `root` (${rootString}) is a string-like value, but it should be a path instead.
              Paths in strings are not supported by `lib.fileset`, use `lib.sources` or derivations instead.''
      else
        throw "lib.fileset.toSource: `root` is of type ${typeOf root}, but it should be a path instead."
    else if !pathExists root then
      throw "lib.fileset.toSource: `root` (${rootString}) is a path that does not exist."
    else if lib.filesystem.pathType root != "directory" then
      throw ''
        lib.fileset.toSource: `root` (${rootString}) is a file, but it should be a directory instead. Potential solutions:
            - If you want to import the file into the store _without_ a containing directory, use string interpolation or `builtins.path` instead of this function.
            - If you want to import the file into the store _with_ a containing directory, set `root` to the containing directory, such as ${toString (dirOf root)}, and set `fileset` to the file path.''
    else if fs._base != null && !isUnder rootString fs._base then
      throw ''
        lib.fileset.toSource: `fileset` could contain files in ${fs._base}, which is not under the `root` (${rootString}). Potential solutions:
            - Set `root` to ${common} or any directory higher up. This changes the layout of the resulting store path.
            - Set `fileset` to a file set that cannot contain files outside the `root` (${rootString}). This could change the files included in the result.''
    else
      lib.sources.cleanSourceWith {
        name = "source";
        src = root;
        filter = inSet;
      };

  /** The files of a file set as a list of paths, in directory-walk order
      (entries sorted by name).
      Type: fileset -> [path].  Example: `toList (unions [ ./b ./a ])` => `[ ./a ./b ]` for two files */
  toList =
    fileset:
    let
      fs = coerce "lib.fileset.toList: Argument" fileset;
    in
    if fs._base == null then [ ] else filesOf fs._base (atBase fs);

  /** The files in either of two file sets.
      Type: fileset -> fileset -> fileset.  Example: `union ./a ./b` */
  union =
    fileset1: fileset2:
    union2 (coerce "lib.fileset.union: First argument" fileset1) (
      coerce "lib.fileset.union: Second argument" fileset2
    );

  /** The files in any of a list of file sets; `unions [ ]` is empty.
      Type: [fileset] -> fileset.  Example: `unions [ ./a ./b ./c ]` */
  unions =
    filesets:
    if !isList filesets then
      throw "lib.fileset.unions: Argument is of type ${typeOf filesets}, but it should be a list instead."
    else
      lib.lists.foldl' union2 emptyWithoutBase (
        lib.lists.imap0 (i: coerce "lib.fileset.unions: Element ${toString i}") filesets
      );

  /** The files in both of two file sets.
      Type: fileset -> fileset -> fileset.  Example: `intersection ./. ./src` is the files of ./src */
  intersection =
    fileset1: fileset2:
    let
      a = coerce "lib.fileset.intersection: First argument" fileset1;
      b = coerce "lib.fileset.intersection: Second argument" fileset2;
    in
    if a._base == null || b._base == null then
      emptyWithoutBase
    else if isUnder a._base b._base then
      make b._base (intersectTree a._tree b._tree)
    else if isUnder b._base a._base then
      make a._base (intersectTree a._tree b._tree)
    else
      emptyWithoutBase;

  /** The files of `positive` that are not in `negative`.
      Type: fileset -> fileset -> fileset.  Example: `difference ./. ./tests` */
  difference =
    positive: negative:
    let
      a = coerce "lib.fileset.difference: First argument (positive set)" positive;
      b = coerce "lib.fileset.difference: Second argument (negative set)" negative;
    in
    if a._base == null then emptyWithoutBase else make a._base (differenceTree "/" a._tree b._tree);

  /** The files under `path` (a directory or a single file) for which
      `predicate { name, type, hasExt, ... }` is true; `hasExt "nix"` tests
      for a ".nix" suffix.
      Type: ({ name :: string, type :: string, hasExt :: string -> bool, ... } -> bool) -> path -> fileset.
      Example: `fileFilter (file: file.hasExt "nix") ./.` */
  fileFilter =
    predicate: path:
    let
      keep =
        p: type:
        type == "directory"
        || predicate {
          name = baseNameOf p;
          inherit type;
          hasExt = ext: hasSuffix ".${ext}" (baseNameOf p);
        };
      s = toString path;
      type = lib.filesystem.pathType path;
    in
    if !isFunction predicate then
      throw "lib.fileset.fileFilter: First argument is of type ${typeOf predicate}, but it should be a function instead."
    else if !isPath path then
      if path._type or "" == "fileset" then
        throw ''
          lib.fileset.fileFilter: Second argument is a file set, but it should be a path instead.
              If you need to filter files in a file set, use `intersection fileset (fileFilter pred ./.)` instead.''
      else
        throw "lib.fileset.fileFilter: Second argument is of type ${typeOf path}, but it should be a path instead."
    else if !pathExists path then
      throw "lib.fileset.fileFilter: Second argument (${s}) is a path that does not exist."
    else if type == "directory" then
      make s (nest (components s) (walk keep s))
    else
      make (dirOf s) (nest (components s) (if keep s type then type else null));

  /** The files a source keeps: a path, or a lib.sources value
      (cleanSourceWith and friends), whose filter is applied as
      builtins.path applies it (a rejected directory hides its contents).
      Type: (path | source) -> fileset.  Example: `fromSource (lib.cleanSource ./.)` */
  fromSource =
    source:
    let
      isSource = isAttrs source && source ? _isLibCleanSourceWith;
      origin = if isSource then source.origSrc else source;
    in
    if !isPath origin then
      if isStringLike origin then
        throw ''
          lib.fileset.fromSource: The source origin of the argument is a string-like value ("${toString origin}"), but it should be a path instead.
              Sources created from paths in strings cannot be turned into file sets, use `lib.sources` or derivations instead.''
      else
        throw "lib.fileset.fromSource: The source origin of the argument is of type ${typeOf origin}, but it should be a path instead."
    else if !pathExists origin then
      throw "lib.fileset.fromSource: The source origin (${toString origin}) of the argument is a path that does not exist."
    else if !isSource || lib.filesystem.pathType origin != "directory" then
      coercePath "lib.fileset.fromSource: The source origin of the argument" origin
    else
      make (toString origin) (nest (components (toString origin)) (walk source.filter (toString origin)));

  /** The files git tracks in a repository: not available in Hearth, whose
      evaluator has no builtins.fetchGit.
      Type: path -> fileset. */
  gitTracked =
    path:
    if !isPath path then
      throw "lib.fileset.gitTracked: Expected the argument to be a path, but it's a ${typeOf path} instead."
    else
      throw "lib.fileset.gitTracked: not supported by Hearth (it needs builtins.fetchGit); list the files with `lib.fileset.unions` instead.";

  /** `gitTracked` with fetchGit options (`recurseSubmodules`): not
      available in Hearth either.
      Type: { recurseSubmodules ? bool } -> path -> fileset. */
  gitTrackedWith =
    options: path:
    if !isPath path then
      throw "lib.fileset.gitTrackedWith: Expected the second argument to be a path, but it's a ${typeOf path} instead."
    else
      throw "lib.fileset.gitTrackedWith: not supported by Hearth (it needs builtins.fetchGit); list the files with `lib.fileset.unions` instead.";
}
