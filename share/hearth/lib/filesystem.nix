# Questions about files on disk: their type, directory listings, and
# finding a file in an enclosing directory.
{ lib }:
let
  inherit (builtins) readDir pathExists dirOf baseNameOf;
in
rec {
  /** The type of a path: "directory", "regular", "symlink" or "unknown";
      throws if it does not exist. Uses builtins.readFileType when present.
      Type: path -> string.  Example: `pathType /.` => `"directory"` */
  pathType =
    builtins.readFileType or (
      path:
      if !pathExists path then
        throw "lib.filesystem.pathType: Path ${toString path} does not exist."
      else if dirOf path == path then
        "directory"
      else
        (readDir (dirOf path)).${baseNameOf path}
    );

  /** Whether a path exists and is a directory.
      Type: path -> bool.  Example: `pathIsDirectory /.` => `true` */
  pathIsDirectory = path: pathExists path && pathType path == "directory";

  /** Whether a path exists and is a regular file.
      Type: path -> bool.  Example: `pathIsRegularFile /.` => `false` */
  pathIsRegularFile = path: pathExists path && pathType path == "regular";

  /** Every non-directory below a directory, recursively, as paths.
      Type: path -> [path].  Example: `listFilesRecursive ./dir` */
  listFilesRecursive = dir:
    lib.lists.flatten (
      lib.attrsets.mapAttrsToList (
        name: type: if type == "directory" then listFilesRecursive (dir + "/${name}") else dir + "/${name}"
      ) (readDir dir)
    );

  /** Search `file`'s directory and its ancestors for a file whose name
      matches the regex; gives `{ path; matches; }` for the nearest, or null.
      Type: string -> path -> { path; matches; } | null.
      Example: `locateDominatingFile "(.*)\\.cabal" ./src/Foo.hs` */
  locateDominatingFile = pattern: file:
    let
      go = dir:
        let
          found = lib.lists.findFirst (x: x.matches != null) null (
            lib.attrsets.mapAttrsToList (name: _: {
              path = dir + "/${name}";
              matches = builtins.match pattern name;
            }) (readDir dir)
          );
        in
        if found != null then found else if dirOf dir == dir then null else go (dirOf dir);
    in
    go (if pathIsDirectory file then file else dirOf file);

  /** The packages of a directory tree: a directory holding package.nix is
      that file called with `callPackage`; any other directory is an
      attribute set with one entry per `NAME.nix` file (called) and per
      subdirectory (recursively); other files are ignored. Given `newScope`,
      each directory becomes a scope (lib.makeScope, marked
      recurseForDerivations) whose packages may take each other as inputs.
      Type: { callPackage, newScope ?, directory :: path } -> attrs.
      Example: `packagesFromDirectoryRecursive { inherit (pkgs) callPackage; directory = ./pkgs; }` */
  packagesFromDirectoryRecursive =
    {
      callPackage,
      newScope ? throw "lib.packagesFromDirectoryRecursive: newScope wasn't passed in args",
      directory,
    }@args:
    let
      package = directory + "/package.nix";
      entries =
        call:
        lib.attrsets.concatMapAttrs (
          name: type:
          let
            path = directory + "/${name}";
          in
          if type == "directory" then
            { ${name} = packagesFromDirectoryRecursive (args // call // { directory = path; }); }
          else if type == "regular" && lib.strings.hasSuffix ".nix" name then
            { ${lib.strings.removeSuffix ".nix" name} = call.callPackage path { }; }
          else if type == "regular" then
            { }
          else
            throw "lib.filesystem.packagesFromDirectoryRecursive: Unsupported file type ${type} at path ${toString path}\n"
        ) (readDir directory);
    in
    if pathExists package then
      callPackage package { }
    else if args ? newScope then
      lib.attrsets.recurseIntoAttrs (
        lib.customisation.makeScope newScope (self: entries { inherit (self) callPackage newScope; })
      )
    else
      entries { inherit callPackage; };

  /** A path with "/default.nix" appended when it is an existing directory
      (or a string ending in "/": then "default.nix"); anything else as is.
      Type: path | string -> path | string.  Example: `resolveDefaultNix ./.` => `./default.nix` */
  resolveDefaultNix =
    v:
    if pathIsDirectory v then
      v + "/default.nix"
    else if builtins.isString v && lib.strings.hasSuffix "/" v then
      v + "default.nix"
    else
      v;

  /** The Haskell packages directly under `root`: each subdirectory NAME
      holding NAME.cabal, as NAME = its path.
      Type: path -> { string = path; }.  Example: `haskellPathsInDir ./pkgs` => `{ foo = ./pkgs/foo; }` */
  haskellPathsInDir =
    root:
    lib.attrsets.genAttrs (builtins.filter (name: pathExists (root + "/${name}/${name}.cabal")) (
      builtins.attrNames (readDir root)
    )) (name: root + "/${name}");
}
