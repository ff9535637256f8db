# Functions on strings: joining, prefixes and suffixes, splitting, case,
# escaping for shells/Nix/regexes/XML/URLs, search paths, versions and
# package names, and configure/CMake/Meson flag builders.
{ lib }:
let
  inherit (builtins)
    head
    tail
    length
    elemAt
    filter
    genList
    isString
    isList
    isAttrs
    isPath
    isInt
    match
    replaceStrings
    stringLength
    substring
    concatStringsSep
    toJSON
    fromJSON
    typeOf
    parseDrvName
    compareVersions
    storeDir
    unsafeDiscardStringContext
    ;

  # Characters 32..126, in code order, for charToInt and escapeURL.
  printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
  asciiTable =
    builtins.listToAttrs (
      genList (i: {
        name = substring i 1 printable;
        value = i + 32;
      }) (stringLength printable)
    )
    // {
      "\t" = 9;
      "\n" = 10;
      "\r" = 13;
    };

  # Warn as nixpkgs does when a path is passed where a prefix string belongs.
  warnPathArg = fn: arg:
    lib.warnIf (isPath arg) ''
      lib.strings.${fn}: The first argument (${toString arg}) is a path value, but only strings are supported.
          There is almost certainly a bug in the calling code, since this function always returns `false` in such a case.
          This function also copies the path to the Nix store, which may not be what you want.
          This behavior is deprecated and will throw an error in the future.
          You might want to use `lib.path.${fn}` instead, which correctly supports paths.'';
in
rec {
  inherit (builtins)
    compareVersions
    elem
    elemAt
    filter
    fromJSON
    genList
    head
    isInt
    isList
    isAttrs
    isPath
    isString
    match
    parseDrvName
    readFile
    replaceStrings
    split
    storeDir
    stringLength
    substring
    tail
    toJSON
    typeOf
    unsafeDiscardStringContext
    concatStringsSep
    ;

  /** Join strings with a separator (`concatStringsSep`).
      Type: string -> [string] -> string.  Example: `join ", " [ "a" "b" ]` => `"a, b"` */
  join = concatStringsSep;

  /** Concatenate a list of strings.
      Type: [string] -> string.  Example: `concatStrings [ "a" "b" ]` => `"ab"` */
  concatStrings = concatStringsSep "";

  /** Map each element to a string and concatenate.
      Type: (a -> string) -> [a] -> string.  Example: `concatMapStrings (x: x + "-") [ "a" "b" ]` => `"a-b-"` */
  concatMapStrings = f: list: concatStrings (map f list);

  /** Like `concatMapStrings` with a 1-based index as first argument.
      Type: (int -> a -> string) -> [a] -> string.
      Example: `concatImapStrings (i: x: x + toString i) [ "a" "b" ]` => `"a1b2"` */
  concatImapStrings = f: list: concatStrings (lib.lists.imap1 f list);

  /** Put a separator between the elements of a list.
      Type: a -> [a] -> [a].  Example: `intersperse "/" [ "a" "b" ]` => `[ "a" "/" "b" ]` */
  intersperse = separator: list:
    if list == [ ] || length list == 1 then list else tail (builtins.concatMap (x: [ separator x ]) list);

  /** Map each element to a string and join with a separator.
      Type: string -> (a -> string) -> [a] -> string.
      Example: `concatMapStringsSep "-" (x: x + "x") [ "a" "b" ]` => `"ax-bx"` */
  concatMapStringsSep = sep: f: list: concatStringsSep sep (map f list);

  /** Like `concatMapStringsSep` with a 1-based index as first argument.
      Type: string -> (int -> a -> string) -> [a] -> string.
      Example: `concatImapStringsSep "-" (i: x: toString i) [ "a" "b" ]` => `"1-2"` */
  concatImapStringsSep = sep: f: list: concatStringsSep sep (lib.lists.imap1 f list);

  /** Map each attribute with `f name value` and join with a separator (name order).
      Type: string -> (string -> a -> string) -> attrs -> string.
      Example: `concatMapAttrsStringSep "\n" (n: v: "${n}=${v}") { a = "1"; }` => `"a=1"` */
  concatMapAttrsStringSep = sep: f: attrs: concatStringsSep sep (builtins.attrValues (builtins.mapAttrs f attrs));

  /** Each string followed by a newline, concatenated.
      Type: [string] -> string.  Example: `concatLines [ "a" "b" ]` => `"a\nb\n"` */
  concatLines = concatMapStrings (s: s + "\n");

  /** A string repeated `n` times.
      Type: int -> string -> string.  Example: `replicate 3 "v"` => `"vvv"` */
  replicate = n: s: concatStrings (lib.lists.replicate n s);

  /** Remove leading and/or trailing whitespace (space, tab, CR, LF).
      Type: { start ? bool, end ? bool } -> string -> string.
      Example: `trimWith { start = true; } "  a "` => `"a "` */
  trimWith = { start ? false, end ? false }:
    let
      ws = " \t\r\n";
      regex =
        if start && end then
          "[${ws}]*(.*[^${ws}])[${ws}]*"
        else if start then
          "[${ws}]*(.*)"
        else if end then
          "(.*[^${ws}])[${ws}]*"
        else
          "(.*)";
    in
    s:
    let
      m = match regex s;
    in
    optionalString (m != null) (head m);

  /** Remove whitespace at both ends.
      Type: string -> string.  Example: `trim "  a b \n"` => `"a b"` */
  trim = trimWith {
    start = true;
    end = true;
  };

  /** Join `path/subDir` for every non-null path with ":".
      Type: string -> [string] -> string.  Example: `makeSearchPath "bin" [ "/a" "/b" ]` => `"/a/bin:/b/bin"` */
  makeSearchPath = subDir: paths: concatStringsSep ":" (map (path: path + "/" + subDir) (filter (x: x != null) paths));

  /** `makeSearchPath` over the chosen output of each package.
      Type: string -> string -> [derivation] -> string.
      Example: `makeSearchPathOutput "dev" "bin" [ pkg ]` => `"<pkg.dev>/bin"` */
  makeSearchPathOutput = output: subDir: pkgs: makeSearchPath subDir (map (lib.attrsets.getOutput output) pkgs);

  /** Search paths for libraries, headers and programs of packages.
      Type: [derivation] -> string.  Example: `makeBinPath [ "/a" ]` => `"/a/bin"` */
  makeLibraryPath = makeSearchPathOutput "lib" "lib";
  makeIncludePath = makeSearchPathOutput "dev" "include";
  makeBinPath = makeSearchPathOutput "bin" "bin";

  /** Collapse repeated slashes.
      Type: string -> string.  Example: `normalizePath "/a//b"` => `"/a/b"` */
  normalizePath = s:
    lib.warnIf (isPath s) ''
      lib.strings.normalizePath: The argument (${toString s}) is a path value, but only strings are supported.
          Path values are always normalised in Nix, so there's no need to call this function on them.
          This function also copies the path to the Nix store and returns the store path, the same as "''${path}" will, which may not be what you want.
          This behavior is deprecated and will throw an error in the future.'' (
      builtins.foldl' (x: y: if y == "/" && hasSuffix "/" x then x else x + y) "" (stringToCharacters s)
    );

  /** The string if the condition holds, else "".
      Type: bool -> string -> string.  Example: `optionalString true "a"` => `"a"` */
  optionalString = cond: string: if cond then string else "";

  /** Whether a string starts with a prefix.
      Type: string -> string -> bool.  Example: `hasPrefix "foo" "foobar"` => `true` */
  hasPrefix = pref: str: warnPathArg "hasPrefix" pref (substring 0 (stringLength pref) str == pref);

  /** Whether a string ends with a suffix.
      Type: string -> string -> bool.  Example: `hasSuffix "bar" "foobar"` => `true` */
  hasSuffix = suffix: content:
    let
      lenContent = stringLength content;
      lenSuffix = stringLength suffix;
    in
    warnPathArg "hasSuffix" suffix (
      lenContent >= lenSuffix && substring (lenContent - lenSuffix) lenContent content == suffix
    );

  /** Whether a string contains another.
      Type: string -> string -> bool.  Example: `hasInfix "ob" "foobar"` => `true` */
  hasInfix = infix: content:
    warnPathArg "hasInfix" infix (match ".*${escapeRegex infix}.*" "${content}" != null);

  /** The characters (bytes) of a string.
      Type: string -> [string].  Example: `stringToCharacters "abc"` => `[ "a" "b" "c" ]` */
  stringToCharacters = s: genList (p: substring p 1 s) (stringLength s);

  /** Map every character to a string and concatenate.
      Type: (string -> string) -> string -> string.
      Example: `stringAsChars (c: if c == "a" then "A" else c) "aba"` => `"AbA"` */
  stringAsChars = f: s: concatStrings (map f (stringToCharacters s));

  /** The ASCII code of a character (printable ones, tab, newline, CR).
      Type: string -> int.  Example: `charToInt "A"` => `65` */
  charToInt = c: builtins.getAttr c asciiTable;

  /** Put a backslash before every occurrence of the listed characters.
      Type: [string] -> string -> string.  Example: `escape [ "(" ")" ] "(foo)"` => `"\\(foo\\)"` */
  escape = list: replaceStrings list (map (c: "\\${c}") list);

  /** Replace the listed characters by C-style `\xNN` escapes.
      Type: [string] -> string -> string.  Example: `escapeC [ " " ] "a b"` => `"a\\x20b"` */
  escapeC = list: replaceStrings list (map (c: "\\x${toLower (lib.trivial.toHexString (charToInt c))}") list);

  /** Percent-encode everything but ASCII letters, digits and `-_.~`.
      Type: string -> string.  Example: `escapeURL "a b/c"` => `"a%20b%2Fc"` */
  escapeURL =
    let
      unreserved = stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
      toEscape = builtins.removeAttrs asciiTable unreserved;
    in
    replaceStrings (builtins.attrNames toEscape) (
      lib.attrsets.mapAttrsToList (_: c: "%${fixedWidthString 2 "0" (lib.trivial.toHexString c)}") toEscape
    );

  /** Quote a value for a POSIX shell. Strings made only of
      `[[:alnum:],._+:@%/-]` stay as they are; others are single-quoted.
      Type: string -> string.  Example: `escapeShellArg "it's"` => `"'it'\\''s'"` */
  escapeShellArg = arg:
    let
      string = toString arg;
    in
    if match "[[:alnum:],._+:@%/-]+" string == null then
      "'${replaceStrings [ "'" ] [ "'\\''" ] string}'"
    else
      string;

  /** `escapeShellArg` each element and join with spaces.
      Type: [string] -> string.  Example: `escapeShellArgs [ "a" "b c" ]` => `"a 'b c'"` */
  escapeShellArgs = concatMapStringsSep " " escapeShellArg;

  /** Whether a string is a valid POSIX shell variable name.
      Type: string -> bool.  Example: `isValidPosixName "a-b"` => `false` */
  isValidPosixName = name: match "[a-zA-Z_][a-zA-Z0-9_]*" name != null;

  /** A Bash assignment of a value: strings as `n=v`, lists as indexed arrays,
      attribute sets (not string-like) as associative arrays.
      Type: string -> (string | [string] | attrs) -> string.
      Example: `toShellVar "a" [ "x" "y z" ]` => `"declare -a a=(x 'y z')"` */
  toShellVar = name: value:
    lib.throwIfNot (isValidPosixName name) "toShellVar: ${name} is not a valid shell variable name" (
      if isAttrs value && !isStringLike value then
        "declare -A ${name}=(${
          concatStringsSep " " (lib.attrsets.mapAttrsToList (n: v: "[${escapeShellArg n}]=${escapeShellArg v}") value)
        })"
      else if isList value then
        "declare -a ${name}=(${escapeShellArgs value})"
      else
        "${name}=${escapeShellArg value}"
    );

  /** `toShellVar` for every attribute, one per line.
      Type: attrs -> string.  Example: `toShellVars { a = "1"; b = "x y"; }` => `"a=1\nb='x y'"` */
  toShellVars = vars: concatStringsSep "\n" (lib.attrsets.mapAttrsToList toShellVar vars);

  /** A Nix string literal (double-quoted) denoting the string.
      Type: string -> string.  Example: `escapeNixString "a\${b}"` => `"\"a\\\${b}\""` */
  escapeNixString = s: escape [ "$" ] (toJSON s);

  /** Escape the characters that are special in a POSIX extended regex.
      Type: string -> string.  Example: `escapeRegex "[^a-z]*"` => `"\\[\\^a-z]\\*"` */
  escapeRegex = escape (stringToCharacters "\\[{()^$?*+|.");

  /** An attribute name as Nix source: bare if an identifier, else quoted.
      Type: string -> string.  Example: `escapeNixIdentifier "0abc"` => `"\"0abc\""` */
  escapeNixIdentifier = s: if match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null then s else escapeNixString s;

  /** Escape `"`, `'`, `<`, `>` and `&` for XML text and attributes.
      Type: string -> string.  Example: `escapeXML "<a & 'b'>"` => `"&lt;a &amp; &apos;b&apos;&gt;"` */
  escapeXML =
    replaceStrings
      [ "\"" "'" "<" ">" "&" ]
      [ "&quot;" "&apos;" "&lt;" "&gt;" "&amp;" ];

  /** Deprecated alias of `builtins.replaceStrings`.
      Type: [string] -> [string] -> string -> string. */
  replaceChars = lib.warn "lib.replaceChars is a deprecated alias of lib.replaceStrings." replaceStrings;

  /** The ASCII letters, as lists of one-character strings.
      Type: [string].  Example: `head upperChars` => `"A"` */
  lowerChars = stringToCharacters "abcdefghijklmnopqrstuvwxyz";
  upperChars = stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** ASCII lower/upper-casing; other bytes are untouched.
      Type: string -> string.  Example: `toUpper "home"` => `"HOME"` */
  toLower = replaceStrings upperChars lowerChars;
  toUpper = replaceStrings lowerChars upperChars;

  /** Upper-case the first character and lower-case the rest.
      Type: string -> string.  Example: `toSentenceCase "hELLO"` => `"Hello"` */
  toSentenceCase = str:
    lib.throwIfNot (isString str) "toSentenceCase does only accepts string values, but got ${typeOf str}" (
      let
        first = substring 0 1 str;
        rest = substring 1 (stringLength str) str;
      in
      addContextFrom str (toUpper first + toLower rest)
    );

  /** Convert `kebab-case`, `snake_case`, `space separated` or `PascalCase`
      words to camelCase: `-`, `_` and spaces separate words (and vanish), a
      lower-case letter followed by an upper-case one starts a new word; the
      first word is lower-cased, the others sentence-cased.
      Type: string -> string.  Example: `toCamelCase "hello_world"` => `"helloWorld"` */
  toCamelCase = str:
    lib.throwIfNot (isString str) "toCamelCase does only accepts string values, but got ${typeOf str}" (
      let
        words = splitStringBy (_: c: c == "-" || c == "_" || c == " ") false str;
        humps = splitStringBy (p: c: match "[a-z]" p != null && match "[A-Z]" c != null) true;
        parts = builtins.concatMap humps words;
        first = toLower (head parts);
        rest = map toSentenceCase (tail parts);
      in
      addContextFrom str (concatStrings ([ first ] ++ rest))
    );

  /** `target` with the string context of `src` added.
      Type: string -> string -> string.  Example: `addContextFrom "x" "y"` => `"y"` */
  addContextFrom = src: target: substring 0 0 src + target;

  /** Split a string at every occurrence of a literal separator.
      Type: string -> string -> [string].  Example: `splitString "." "a.b..c"` => `[ "a" "b" "" "c" ]` */
  splitString = sep: s:
    let
      parts = filter isString (builtins.split (escapeRegex (toString sep)) (toString s));
    in
    map (addContextFrom s) parts;

  /** Split a string where `predicate prev cur` holds for a character `cur`
      and the one before it (`""` for the first character). With `keepSplit`
      the splitting character starts the next part, otherwise it is dropped.
      Type: (string -> string -> bool) -> bool -> string -> [string].
      Example: `splitStringBy (p: c: c == ".") false "a.b"` => `[ "a" "b" ]` */
  splitStringBy = predicate: keepSplit: str:
    let
      len = stringLength str;
      at = i: substring i 1 str;
      splits = filter (i: predicate (if i == 0 then "" else at (i - 1)) (at i)) (genList (i: i) len);
      starts = [ 0 ] ++ map (i: if keepSplit then i else i + 1) splits;
      ends = splits ++ [ len ];
    in
    genList (k: addContextFrom str (substring (elemAt starts k) (elemAt ends k - elemAt starts k) str)) (length ends);

  /** Replace every occurrence of one string by another; `replaceStrings`
      for a single pair.
      Type: string -> string -> string -> string.  Example: `replaceString "." "/" "a.b"` => `"a/b"` */
  replaceString = from: to: replaceStrings [ from ] [ to ];

  /** Remove a prefix if present.
      Type: string -> string -> string.  Example: `removePrefix "foo." "foo.bar"` => `"bar"` */
  removePrefix = prefix: str:
    warnPathArg "removePrefix" prefix (
      let
        preLen = stringLength prefix;
      in
      if substring 0 preLen str == prefix then substring preLen (-1) str else str
    );

  /** Remove a suffix if present.
      Type: string -> string -> string.  Example: `removeSuffix ".nix" "a.nix"` => `"a"` */
  removeSuffix = suffix: str:
    warnPathArg "removeSuffix" suffix (
      let
        sufLen = stringLength suffix;
        sLen = stringLength str;
      in
      if sufLen <= sLen && suffix == substring (sLen - sufLen) sufLen str then substring 0 (sLen - sufLen) str else str
    );

  /** Whether version `v1` is older than `v2` (builtins.compareVersions).
      Type: string -> string -> bool.  Example: `versionOlder "1.1" "1.2"` => `true` */
  versionOlder = v1: v2: compareVersions v2 v1 == 1;

  /** Whether version `v1` is at least `v2`.
      Type: string -> string -> bool.  Example: `versionAtLeast "1.1" "1.1"` => `true` */
  versionAtLeast = v1: v2: !versionOlder v1 v2;

  /** The name part of a package or "name-version" string.
      Type: string | derivation -> string.  Example: `getName "youtube-dl-2016.01.01"` => `"youtube-dl"` */
  getName = x: if isString x then (parseDrvName x).name else x.pname or (parseDrvName x.name).name;

  /** The version part of a package or "name-version" string.
      Type: string | derivation -> string.  Example: `getVersion "youtube-dl-2016.01.01"` => `"2016.01.01"` */
  getVersion = x: if isString x then (parseDrvName x).version else x.version or (parseDrvName x.name).version;

  /** The file name of a URL up to the first `sep`; asserts that `sep` occurs.
      Type: string -> string -> string.  Example: `nameFromURL "https://x/y/z.tar.gz" "."` => `"z"` */
  nameFromURL = url: sep:
    let
      components = splitString "/" url;
      filename = lib.lists.last components;
      name = head (splitString sep filename);
    in
    assert name != filename;
    name;

  /** A typed CMake cache flag `-DFEATURE:TYPE=VALUE`.
      Type: string -> string -> string -> string.  Example: `cmakeOptionType "string" "X" "y"` => `"-DX:STRING=y"` */
  cmakeOptionType = type: feature: value:
    assert (builtins.elem (toUpper type) [ "BOOL" "FILEPATH" "PATH" "STRING" "INTERNAL" "LIST" ]);
    assert (isString feature);
    assert (isString value);
    "-D${feature}:${toUpper type}=${value}";

  /** A CMake bool flag.
      Type: string -> bool -> string.  Example: `cmakeBool "ENABLE_X" true` => `"-DENABLE_X:BOOL=TRUE"` */
  cmakeBool = condition: flag:
    assert (isString condition);
    assert (builtins.isBool flag);
    cmakeOptionType "bool" condition (toUpper (lib.trivial.boolToString flag));

  /** A CMake string flag.
      Type: string -> string -> string.  Example: `cmakeFeature "X" "y"` => `"-DX:STRING=y"` */
  cmakeFeature = feature: value:
    assert (isString feature);
    assert (isString value);
    cmakeOptionType "string" feature value;

  /** A Meson option flag `-DFEATURE=VALUE`.
      Type: string -> string -> string.  Example: `mesonOption "x" "y"` => `"-Dx=y"` */
  mesonOption = feature: value:
    assert (isString feature);
    assert (isString value);
    "-D${feature}=${value}";

  /** A Meson bool option.
      Type: string -> bool -> string.  Example: `mesonBool "x" true` => `"-Dx=true"` */
  mesonBool = condition: flag:
    assert (isString condition);
    assert (builtins.isBool flag);
    mesonOption condition (lib.trivial.boolToString flag);

  /** A Meson feature option (enabled/disabled).
      Type: string -> bool -> string.  Example: `mesonEnable "x" false` => `"-Dx=disabled"` */
  mesonEnable = feature: flag:
    assert (isString feature);
    assert (builtins.isBool flag);
    mesonOption feature (if flag then "enabled" else "disabled");

  /** An autoconf `--enable-`/`--disable-` flag.
      Type: bool -> string -> string.  Example: `enableFeature false "x"` => `"--disable-x"` */
  enableFeature = flag: feature:
    assert builtins.isBool flag;
    assert isString feature;
    "--${if flag then "enable" else "disable"}-${feature}";

  /** `enableFeature` with `=value` when enabled.
      Type: bool -> string -> string -> string.  Example: `enableFeatureAs true "x" "y"` => `"--enable-x=y"` */
  enableFeatureAs = flag: feature: value: enableFeature flag feature + optionalString flag "=${value}";

  /** An autoconf `--with-`/`--without-` flag.
      Type: bool -> string -> string.  Example: `withFeature true "x"` => `"--with-x"` */
  withFeature = flag: feature:
    assert isString feature;
    "--${if flag then "with" else "without"}-${feature}";

  /** `withFeature` with `=value` when enabled.
      Type: bool -> string -> string -> string.  Example: `withFeatureAs false "x" "y"` => `"--without-x"` */
  withFeatureAs = flag: feature: value: withFeature flag feature + optionalString flag "=${value}";

  /** Left-pad a string with a filler to a width; asserts it is not longer.
      Type: int -> string -> string -> string.  Example: `fixedWidthString 5 "0" "12"` => `"00012"` */
  fixedWidthString = width: filler: str:
    let
      strw = stringLength str;
      reqWidth = width - (stringLength filler);
    in
    assert lib.assertMsg (strw <= width)
      "fixedWidthString: requested string length (${toString width}) must not be shorter than actual length (${toString strw})";
    if strw == width then str else filler + fixedWidthString reqWidth filler str;

  /** Zero-pad a number to a width.
      Type: int -> int -> string.  Example: `fixedWidthNumber 3 7` => `"007"` */
  fixedWidthNumber = width: n: fixedWidthString width "0" (toString n);

  /** `toString` of a float, warning when the text does not read back exactly.
      Type: float -> string.  Example: `floatToString 0.5` => `"0.500000"` */
  floatToString = float:
    let
      result = toString float;
      precise = float == fromJSON result;
    in
    lib.warnIf (!precise) "Imprecise conversion from float to string ${result}" result;

  /** Whether `toString` accepts the value (string-like, null, number,
      bool, or a list of such).
      Type: a -> bool.  Example: `isConvertibleWithToString [ 1 null ]` => `true` */
  isConvertibleWithToString = x:
    isStringLike x
    || builtins.elem (typeOf x) [ "null" "int" "float" "bool" ]
    || (isList x && builtins.all isConvertibleWithToString x);

  /** Deprecated: see `isStringLike` and `isConvertibleWithToString`.
      Type: a -> bool. */
  isCoercibleToString = lib.warnIf (lib.trivial.oldestSupportedReleaseIsAtLeast 2305)
    "lib.strings.isCoercibleToString is deprecated in favor of either isStringLike or isConvertibleWithToString. Only use the latter if it needs to return true for null, numbers, booleans and list of similarly coercibles."
    isConvertibleWithToString;

  /** Whether a value can be used in string interpolation: a string, path,
      or attribute set with `outPath` or `__toString`.
      Type: a -> bool.  Example: `isStringLike ./.` => `true` */
  isStringLike = x: isString x || isPath x || x ? outPath || x ? __toString;

  /** Whether a value is (the string of) a path directly in the Nix store.
      Type: a -> bool.  Example: `isStorePath "/nix/store/abc-x"` => `true` */
  isStorePath = x:
    if isStringLike x then
      let
        str = toString x;
      in
      substring 0 1 str == "/" && (dirOf str == storeDir || match "/[0-9a-z]{52}" str != null)
    else
      false;

  /** Parse a decimal integer, allowing surrounding whitespace; throws on
      anything else, including zero-padded numbers (octal ambiguity).
      Type: string -> int.  Example: `toInt " -42 "` => `-42` */
  toInt = str:
    let
      stripped = match "[[:space:]]*(-?[[:digit:]]+)[[:space:]]*" str;
      leadingZero = match "0[[:digit:]]+" (head stripped) == [ ];
      parsed = fromJSON (head stripped);
      generalError = "toInt: Could not convert ${escapeNixString str} to int.";
    in
    if stripped == null then
      throw generalError
    else if leadingZero then
      throw "toInt: Ambiguity in interpretation of ${escapeNixString str} between octal and zero padded integer."
    else if !isInt parsed then
      throw generalError
    else
      parsed;

  /** Parse a decimal integer, allowing whitespace and zero padding.
      Type: string -> int.  Example: `toIntBase10 "0042"` => `42` */
  toIntBase10 = str:
    let
      stripped = match "[[:space:]]*0*(-?[[:digit:]]+)[[:space:]]*" str;
      isZero = match "0+" (head stripped) == [ ];
      parsed = fromJSON (head stripped);
      generalError = "toIntBase10: Could not convert ${escapeNixString str} to int.";
    in
    if stripped == null then
      throw generalError
    else if isZero then
      0
    else if !isInt parsed then
      throw generalError
    else
      parsed;

  /** Deprecated: the lines of a file (not starting with "#") prefixed by a root path.
      Type: path -> path -> [string]. */
  readPathsFromFile = lib.warn "lib.readPathsFromFile is deprecated, use a list instead." (
    rootPath: file:
    let
      lines = lib.splitString "\n" (builtins.readFile file);
      kept = filter (line: line != "" && substring 0 1 line != "#") lines;
    in
    map (x: rootPath + "/${x}") kept
  );

  /** A file's contents without one trailing newline.
      Type: path -> string.  Example: `fileContents ./version` => `"1.0"` */
  fileContents = file: removeSuffix "\n" (builtins.readFile file);

  /** Turn any string into a valid derivation name: drop leading dots, replace
      each run of invalid characters by "-", keep the last 207 characters, and
      use "unknown" if nothing is left. String context is discarded.
      Type: string -> string.  Example: `sanitizeDerivationName "../hello.bar # foo"` => `"-hello.bar-foo"` */
  sanitizeDerivationName = string:
    if stringLength string <= 207 && match "[[:alnum:]+_?=-][[:alnum:]+._?=-]*" string != null then
      unsafeDiscardStringContext string
    else
      let
        plain = unsafeDiscardStringContext string;
        undotted = head (match "\\.*(.*)" plain);
        pieces = builtins.split "[^[:alnum:]+._?=-]+" undotted;
        replaced = concatMapStrings (p: if isList p then "-" else p) pieces;
        len = stringLength replaced;
        clipped = substring (lib.trivial.max (len - 207) 0) (-1) replaced;
      in
      if clipped == "" then "unknown" else clipped;

  /** The Levenshtein edit distance between two strings.
      Type: string -> string -> int.  Example: `levenshtein "foo" "boa"` => `2` */
  levenshtein = a: b:
    let
      la = stringLength a;
      lb = stringLength b;
      charA = i: substring i 1 a;
      charB = j: substring j 1 b;
      # One DP row per prefix of `a`, built from the previous row.
      nextRow = i: prev:
        builtins.foldl' (
          row: j:
          let
            cost = if charA (i - 1) == charB (j - 1) then 0 else 1;
            best = lib.trivial.min (lib.trivial.min (elemAt prev j + 1) (lib.lists.last row + 1)) (
              elemAt prev (j - 1) + cost
            );
          in
          row ++ [ best ]
        ) [ i ] (lib.lists.range 1 lb);
      final = builtins.foldl' (row: i: nextRow i row) (genList (j: j) (lb + 1)) (lib.lists.range 1 la);
    in
    elemAt final lb;

  /** Whether the edit distance of two strings is at most `k`.
      Type: int -> string -> string -> bool.  Example: `levenshteinAtMost 1 "foo" "boo"` => `true` */
  levenshteinAtMost = k: a: b:
    let
      diff = stringLength a - stringLength b;
      absDiff = if diff < 0 then -diff else diff;
    in
    # The length difference is a lower bound, which saves the quadratic work.
    absDiff <= k && levenshtein a b <= k;

  /** Length of the longest common prefix / suffix of two strings.
      Type: string -> string -> int.  Example: `commonPrefixLength "foobar" "fooz"` => `3` */
  commonPrefixLength = a: b:
    let
      m = lib.trivial.min (stringLength a) (stringLength b);
      go = i: if i < m && substring i 1 a == substring i 1 b then go (i + 1) else i;
    in
    go 0;
  commonSuffixLength = a: b:
    let
      la = stringLength a;
      lb = stringLength b;
      m = lib.trivial.min la lb;
      go = i: if i < m && substring (la - i - 1) 1 a == substring (lb - i - 1) 1 b then go (i + 1) else i;
    in
    go 0;
}
