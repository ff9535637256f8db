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
  # HEAD's commit of a .git directory (or a worktree's .git file, whose
  # `gitdir:` line leads to the real one): { value } or { error }.
  gitHead =
    let
      isFile = lib.filesystem.pathIsRegularFile;
      # toString: a path base must not be copied to the store.
      absolute = base: p: if hasPrefix "/" p then p else toString (/. + "${toString base}/${p}");
      resolve =
        file: path:
        let
          refPath = path + "/${file}";
          packed = path + "/packed-refs";
        in
        if isFile path then
          let
            m = match "^gitdir: (.*)$" (lib.strings.fileContents path);
          in
          if m == null then
            { error = "File contains no gitdir reference: " + path; }
          else
            let
              gitDir = absolute (dirOf path) (builtins.head m);
              common =
                absolute gitDir (
                  lib.strings.removeSuffix "/" (
                    if isFile "${gitDir}/commondir" then lib.strings.fileContents "${gitDir}/commondir" else gitDir
                  )
                );
            in
            resolve (lib.strings.removePrefix "${common}/" "${gitDir}/${file}") common
        else if isFile refPath then
          let
            content = lib.strings.fileContents refPath;
            ref = match "^ref: (.*)$" content;
          in
          if ref == null then { value = content; } else resolve (builtins.head ref) path
        else if isFile packed then
          let
            line = match "([a-z0-9]+) ${file}";
            hits = builtins.filter (l: builtins.isString l && line l != null) (builtins.split "\n" (builtins.readFile packed));
          in
          if hits == [ ] then
            { error = "Could not find " + file + " in " + packed; }
          else
            { value = builtins.head (line (builtins.head hits)); }
        else
          { error = "Not a .git directory: " + toString path; };
    in
    resolve "HEAD";

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

  /** The source with its filter traced: each call prints
      "NAME.filter PATH = true|false", to debug what a filter keeps.
      Type: source -> source.  Example: `trace (cleanSource ./.)` */
  trace =
    src:
    let
      attrs = toSourceAttributes src;
    in
    fromSourceAttributes (
      attrs
      // {
        filter =
          path: type:
          let
            kept = attrs.filter path type;
          in
          builtins.trace "${attrs.name}.filter ${path} = ${lib.trivial.boolToString kept}" kept;
      }
    )
    // {
      satisfiesSubpathInvariant = src ? satisfiesSubpathInvariant && src.satisfiesSubpathInvariant;
    };

  /** Whether `path` is a .git directory (or a worktree's .git file) whose
      HEAD resolves to a commit.
      Type: path -> bool.  Example: `pathIsGitRepo ./.git` */
  pathIsGitRepo = path: (gitHead path) ? value;

  /** The commit HEAD of a .git directory points at, following symbolic
      refs, packed-refs and worktree `gitdir:` files.
      Type: path -> string.  Example: `commitIdFromGitRepo ./.git` => `"2b9c..."` */
  commitIdFromGitRepo =
    path:
    let
      r = gitHead path;
    in
    r.value or (throw r.error);

  /** A clean name from a URL or path: its last component, without one or
      more archive or .git extensions.
      Type: string -> string.  Example: `urlToName "https://x.org/foo.tar.gz"` => `"foo"` */
  urlToName =
    url:
    let
      base = baseNameOf (lib.strings.removeSuffix "/" (lib.lists.last (lib.strings.splitString ":" (toString url))));
      strip =
        name:
        let
          m = match "(.*)\\.(git|tar|zip|gz|tgz|bz|tbz|bz2|tbz2|lzma|txz|xz|zstd)$" name;
        in
        if m == null then name else strip (builtins.head m);
    in
    strip base;

  /** A short revision: 7 characters of a hash, the version part of a tag
      ("refs/tags/v12.0" => "12.0"), else the last path component.
      Type: string | int -> string.  Example: `shortRev "0123456789abcdef"` => `"0123456"` */
  shortRev =
    rev:
    let
      base = baseNameOf (toString rev);
      version = match "([A-Za-z]+[-_. ]?)*(v)?([0-9.]+.*)" base;
    in
    if match "[a-f0-9]+" base != null then
      builtins.substring 0 7 base
    else if version != null then
      lib.lists.last version
    else
      base;

  /** The tag if given, else the revision, else "HEAD".
      Type: string? -> string? -> string.  Example: `revOrTag null "v1"` => `"v1"` */
  revOrTag =
    rev: tag:
    if tag != null then
      tag
    else if rev != null then
      rev
    else
      "HEAD";

  /** A store name for fetched sources: kind "source" gives "source",
      "versioned" "REPO-REV-source", "full" "REPO-REV-SUFFIX-source" (REPO
      by urlToName, REV by shortRev; null parts left out).
      Type: string -> string -> (string | null) -> (string | null) -> string.
      Example: `repoRevToName "versioned" "https://x.org/foo.git" "v1.2" null` => `"foo-1.2-source"` */
  repoRevToName =
    kind:
    let
      full =
        repo: rev: suffix:
        "${urlToName repo}${lib.strings.optionalString (rev != null) "-${shortRev rev}"}${
          lib.strings.optionalString (suffix != null) "-${suffix}"
        }-source";
    in
    if kind == "source" then
      (_: _: _: "source")
    else if kind == "versioned" then
      (repo: rev: _: full repo rev null)
    else if kind == "full" then
      full
    else
      throw "repoRevToName: invalid kind";
}
