# Operations on path values and on relative "subpath" strings (`./a/b`),
# component by component rather than as text.
{ lib }:
let
  inherit (builtins) isPath isString typeOf dirOf baseNameOf length elemAt concatStringsSep filter match split;

  # The components of a path value from its root, and the root itself.
  deconstruct = p:
    let
      go = p: acc: if dirOf p == p then { root = p; components = acc; } else go (dirOf p) ([ (baseNameOf p) ] ++ acc);
    in
    go p [ ];

  invalidReason = value:
    if !isString value then
      "The given value is of type ${typeOf value}, but a string was expected"
    else if value == "" then
      "The given string is empty"
    else if builtins.substring 0 1 value == "/" then
      "The given string \"${value}\" starts with a `/`, representing an absolute path"
    else if match "(.*/)?\\.\\.(/.*)?" value != null then
      "The given string \"${value}\" contains a `..` component, which is not allowed in subpaths"
    else
      null;

  # Components of a valid subpath with "" and "." removed.
  splitSubpath = s: filter (c: builtins.isString c && c != "" && c != ".") (split "/" s);
  joinComponents = cs: if cs == [ ] then "./" else "./" + concatStringsSep "/" cs;
  subpathLib = {
    /** Whether a string is a valid subpath: non-empty, relative, no `..`.
        Type: string -> bool.  Example: `subpath.isValid "foo/./bar"` => `true` */
    isValid = value: invalidReason value == null;

    /** Join subpaths into one normalised subpath.
        Type: [string] -> string.  Example: `subpath.join [ "foo" "./bar/" ]` => `"./foo/bar"` */
    join = subpaths:
      joinComponents (
        builtins.concatMap (
          s:
          assert lib.asserts.assertMsg (subpathLib.isValid s) ''
            lib.path.subpath.join: Element at index ${toString (lib.lists.findFirstIndex (x: x == s) 0 subpaths)} is not a valid subpath string:
                ${invalidReason s}'';
          splitSubpath s
        ) subpaths
      );

    /** The components of a subpath.
        Type: string -> [string].  Example: `subpath.components "./foo//bar/"` => `[ "foo" "bar" ]` */
    components = s:
      assert lib.asserts.assertMsg (subpathLib.isValid s) ''
        lib.path.subpath.components: Argument is not a valid subpath string:
            ${invalidReason s}'';
      splitSubpath s;

    /** A subpath in normal form: "./" prefix, single slashes, no "." parts.
        Type: string -> string.  Example: `subpath.normalise "foo//./bar/"` => `"./foo/bar"` */
    normalise = s:
      assert lib.asserts.assertMsg (subpathLib.isValid s) ''
        lib.path.subpath.normalise: Argument is not a valid subpath string:
            ${invalidReason s}'';
      joinComponents (splitSubpath s);
  };
in
rec {
  /** Append a relative subpath string to a path value.
      Type: path -> string -> path.  Example: `append /foo "bar/baz"` => `/foo/bar/baz` */
  append = path: subpath:
    assert lib.asserts.assertMsg (isPath path)
      "lib.path.append: The first argument is of type ${typeOf path}, but a path was expected";
    assert lib.asserts.assertMsg (subpathLib.isValid subpath) ''
      lib.path.append: Second argument is not a valid subpath string:
          ${invalidReason subpath}'';
    path + ("/" + subpath);

  /** Whether the first path is a component-wise prefix of the second.
      Type: path -> path -> bool.  Example: `hasPrefix /foo /foo/bar` => `true` */
  hasPrefix = path1:
    assert lib.asserts.assertMsg (isPath path1)
      "lib.path.hasPrefix: First argument is of type ${typeOf path1}, but a path was expected";
    let
      d1 = deconstruct path1;
    in
    path2:
    assert lib.asserts.assertMsg (isPath path2)
      "lib.path.hasPrefix: Second argument is of type ${typeOf path2}, but a path was expected";
    let
      d2 = deconstruct path2;
    in
    d1.root == d2.root && lib.lists.take (length d1.components) d2.components == d1.components;

  /** The subpath from the first path to the second (which must lie under it).
      Type: path -> path -> string.  Example: `removePrefix /foo /foo/bar/baz` => `"./bar/baz"` */
  removePrefix = path1:
    assert lib.asserts.assertMsg (isPath path1)
      "lib.path.removePrefix: First argument is of type ${typeOf path1}, but a path was expected.";
    let
      d1 = deconstruct path1;
    in
    path2:
    assert lib.asserts.assertMsg (isPath path2)
      "lib.path.removePrefix: Second argument is of type ${typeOf path2}, but a path was expected.";
    let
      d2 = deconstruct path2;
      n = length d1.components;
    in
    if d1.root == d2.root && lib.lists.take n d2.components == d1.components then
      joinComponents (lib.lists.drop n d2.components)
    else
      throw "lib.path.removePrefix: The first path argument \"${toString path1}\" is not a component-wise prefix of the second path argument \"${toString path2}\".";

  /** Split a path into its filesystem root and the subpath below it.
      Type: path -> { root = path; subpath = string; }.  Example: `splitRoot /foo/bar` => `{ root = /.; subpath = "./foo/bar"; }` */
  splitRoot = path:
    assert lib.asserts.assertMsg (isPath path)
      "lib.path.splitRoot: Argument is of type ${typeOf path}, but a path was expected";
    let
      d = deconstruct path;
    in
    {
      inherit (d) root;
      subpath = joinComponents d.components;
    };

  /** Whether a path lies in a store path: below the store directory, in an
      entry named by a 32-character Nix base-32 hash, a dash and a name.
      Type: path -> bool.
      Example: `hasStorePathPrefix /nix/store/nvl9ic0pj1fpyln3zaqrf4cclbqdfn1j-foo/bin` => `true` */
  hasStorePathPrefix = path:
    assert lib.asserts.assertMsg (isPath path)
      "lib.path.hasStorePathPrefix: Argument is of type ${typeOf path}, but a path was expected";
    let
      store = splitSubpath builtins.storeDir;
      components = (deconstruct path).components;
      n = length store;
    in
    length components > n
    && lib.lists.take n components == store
    && builtins.match "[0123456789abcdfghijklmnpqrsvwxyz]{32}-.+" (builtins.elemAt components n) != null;

  subpath = subpathLib;
}
