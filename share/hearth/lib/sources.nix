# Filtered copies of source trees: cleanSource and friends compose filters
# and copy once, through builtins.path.
{ lib }:
let
  inherit (builtins) baseNameOf match;
  inherit (lib.strings) hasSuffix hasPrefix;

  # A filtered source remembers the unfiltered origin so filters compose.
  toSourceAttributes = src:
    let
      filtered = src ? _isLibCleanSourceWith;
    in
    {
      origSrc = if filtered then src.origSrc else src;
      filter = if filtered then src.filter else _: _: true;
      name = if filtered then src.name else "source";
    };
  fromSourceAttributes = { origSrc, filter, name }: {
    _isLibCleanSourceWith = true;
    inherit origSrc filter name;
    outPath = builtins.path {
      inherit filter name;
      path = origSrc;
    };
  };
in
rec {
  inherit (lib.filesystem) pathType pathIsDirectory pathIsRegularFile;

  /** The default filter of cleanSource: drops VCS directories (.git, .svn,
      CVS, .hg, .jj, .pijul), editor backups and swap files, .o/.so files,
      result* symlinks and unknown file types.
      Type: path -> string -> bool.  Example: `cleanSourceFilter "/x/.git" "directory"` => `false` */
  cleanSourceFilter = name: type:
    let
      base = baseNameOf (toString name);
    in
    !(
      (base == ".git" || type == "directory" && builtins.elem base [ ".svn" "CVS" ".hg" ".jj" ".pijul" ])
      || hasSuffix "~" base
      || match "^\\.sw[a-z]$" base != null
      || match "^\\..*\\.sw[a-z]$" base != null
      || hasSuffix ".o" base
      || hasSuffix ".so" base
      || (type == "symlink" && hasPrefix "result" base)
      || type == "unknown"
    );

  /** A source tree filtered by `cleanSourceFilter`.
      Type: path -> source.  Example: `cleanSource ./.` */
  cleanSource = src:
    cleanSourceWith {
      filter = cleanSourceFilter;
      inherit src;
    };

  /** Filter a source (a path or another filtered source): a file is kept
      only if this filter and all earlier ones keep it.
      Type: { src; filter ? path -> string -> bool; name ? string } -> source.
      Example: `cleanSourceWith { src = ./.; filter = p: t: t != "symlink"; }` */
  cleanSourceWith = { src, filter ? _: _: true, name ? null }:
    let
      orig = toSourceAttributes src;
    in
    fromSourceAttributes {
      inherit (orig) origSrc;
      filter = path: type: filter path type && orig.filter path type;
      name = if name != null then name else orig.name;
    };

  /** Keep the files whose path relative to the source root matches one of
      the regexes (directories must match too for their contents to stay).
      Type: path -> [string] -> source.  Example: `sourceByRegex ./. [ "src" "src/.*\\.c" ]` */
  sourceByRegex = src: regexes:
    let
      origSrc = (toSourceAttributes src).origSrc;
    in
    cleanSourceWith {
      filter = path: type:
        let
          relPath = lib.strings.removePrefix (toString origSrc + "/") (toString path);
        in
        builtins.any (re: match re relPath != null) regexes;
      inherit src;
    };

  /** Keep directories and the files ending in one of the suffixes.
      Type: path -> [string] -> source.  Example: `sourceFilesBySuffices ./. [ ".nix" ]` */
  sourceFilesBySuffices = src: exts:
    cleanSourceWith {
      filter = name: type:
        let
          base = baseNameOf (toString name);
        in
        type == "directory" || builtins.any (ext: hasSuffix ext base) exts;
      inherit src;
    };

  /** Whether a string has store context.
      Type: string -> bool.  Example: `pathHasContext "/tmp"` => `false` */
  pathHasContext = builtins.hasContext;

  /** Whether a source can be filtered again (a path, or a filtered source).
      Type: a -> bool.  Example: `canCleanSource ./.` => `true` */
  canCleanSource = src: src ? _isLibCleanSourceWith || !(pathHasContext (toString src));
}
