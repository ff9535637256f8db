# Small combinators, arithmetic, version information, warnings and the
# function-argument helpers (`functionArgs`, `setFunctionArgs`). Anything on
# lists, strings or attribute sets lives in the file named for that type.
{ lib }:
let
  inherit (builtins)
    isAttrs
    trace
    getEnv
    ;

  # Read a one-line file without its trailing newline; used for .version.
  readLine = file: let s = builtins.readFile file; n = builtins.stringLength s; in
    if n > 0 && builtins.substring (n - 1) 1 s == "\n" then builtins.substring 0 (n - 1) s else s;

  releaseString = readLine ./.version;

  # Nix < 2.23 has no builtins.warn; fall back to a trace that can abort.
  abortOnWarn = builtins.elem (getEnv "NIX_ABORT_ON_WARN") [ "1" "true" "yes" ];
  fallbackWarn = msg: value:
    trace "[1;35mevaluation warning:[0m ${msg}" (
      if abortOnWarn then
        builtins.abort "NIX_ABORT_ON_WARN=true; warnings are treated as unrecoverable errors."
      else
        value
    );
in
rec {
  /** The identity function.
      Type: a -> a.  Example: `id 3` => `3` */
  id = x: x;

  /** Ignore the second argument and return the first.
      Type: a -> b -> a.  Example: `const 1 2` => `1` */
  const = x: _: x;

  /** Apply a list of functions left to right, starting from a value.
      Type: a -> [ (a -> b) ... ] -> c.  Example: `pipe 2 [ (x: x + 1) (x: x * 3) ]` => `9` */
  pipe = builtins.foldl' (x: f: f x);

  /** List concatenation as a function (`++`).
      Type: [a] -> [a] -> [a].  Example: `concat [ 1 ] [ 2 ]` => `[ 1 2 ]` */
  concat = x: y: x ++ y;

  /** Boolean or as a function.
      Type: bool -> bool -> bool.  Example: `or false true` => `true` */
  or = x: y: x || y;

  /** Boolean and as a function.
      Type: bool -> bool -> bool.  Example: `and true false` => `false` */
  and = x: y: x && y;

  /** Boolean exclusive or.
      Type: bool -> bool -> bool.  Example: `xor true false` => `true` */
  xor = x: y: (!x) != (!y);

  /** Bitwise and, or, exclusive or of two integers (the builtins).
      Type: int -> int -> int.  Example: `bitAnd 12 10` => `8` */
  bitAnd = builtins.bitAnd;
  bitOr = builtins.bitOr;
  bitXor = builtins.bitXor;

  /** Bitwise negation of an integer.
      Type: int -> int.  Example: `bitNot 0` => `-1` */
  bitNot = builtins.sub (-1);

  /** Render a boolean as "true" or "false".
      Type: bool -> string.  Example: `boolToString true` => `"true"` */
  boolToString = b: if b then "true" else "false";

  /** "yes" or "no", as many configuration formats spell booleans.
      Type: bool -> string.  Example: `boolToYesNo false` => `"no"` */
  boolToYesNo = b: if b then "yes" else "no";

  /** Merge two attribute sets, the second winning (`//`).
      Type: attrs -> attrs -> attrs.  Example: `mergeAttrs { a = 1; } { a = 2; }` => `{ a = 2; }` */
  mergeAttrs = x: y: x // y;

  /** Swap the first two arguments of a function.
      Type: (a -> b -> c) -> b -> a -> c.  Example: `flip concat [ 1 ] [ 2 ]` => `[ 2 1 ]` */
  flip = f: a: b: f b a;

  /** Return the value unless it is null, in which case return the default.
      Type: a -> (a | null) -> a.  Example: `defaultTo 1 null` => `1` */
  defaultTo = default: maybeValue: if maybeValue != null then maybeValue else default;

  /** Apply a function to a value unless the value is null.
      Type: (a -> b) -> (a | null) -> (b | null).  Example: `mapNullable (x: x + 1) null` => `null` */
  mapNullable = f: a: if a == null then a else f a;

  /** The release of this lib ("YY.MM").
      Type: string.  Example: `release` => `"26.11"` */
  release = releaseString;

  /** The release code name.
      Type: string.  Example: `codeName` => `"Hearth"` */
  codeName = "Hearth";

  /** The suffix appended to the release to form `version`.
      Type: string.  Example: `versionSuffix` => `"pre-git"` */
  versionSuffix = "pre-git";

  /** The full version: release plus suffix.
      Type: string.  Example: `version` => `"26.11pre-git"` */
  version = release + versionSuffix;

  /** Old name of `version`, kept with a warning as in nixpkgs.
      Type: string. */
  nixpkgsVersion = warn "lib.nixpkgsVersion is a deprecated alias of lib.version." version;

  /** The oldest release still supported, as an integer YYMM.
      Type: int.  Example: `oldestSupportedRelease` => `2605` */
  oldestSupportedRelease = 2605;

  /** Whether the oldest supported release is at least the given YYMM release.
      Type: int -> bool.  Example: `oldestSupportedReleaseIsAtLeast 2405` => `true` */
  oldestSupportedReleaseIsAtLeast = r: r <= oldestSupportedRelease;

  /** Deprecated alias of `oldestSupportedReleaseIsAtLeast`.
      Type: int -> bool. */
  isInOldestRelease = oldestSupportedReleaseIsAtLeast;

  /** The git revision this lib came from, or the given default.
      Type: string -> string.  Example: `revisionWithDefault "x"` => `"x"` */
  revisionWithDefault = default: default;

  /** Whether evaluation happens inside nix-shell (IN_NIX_SHELL is set).
      Type: bool. */
  inNixShell = getEnv "IN_NIX_SHELL" != "";

  /** Whether evaluation is pure (no builtins.currentSystem).
      Type: bool. */
  inPureEvalMode = !(builtins ? currentSystem);

  /** The smaller of two values.
      Type: a -> a -> a.  Example: `min 1 2` => `1` */
  min = x: y: if x < y then x else y;

  /** The larger of two values.
      Type: a -> a -> a.  Example: `max 1 2` => `2` */
  max = x: y: if x > y then x else y;

  /** Integer remainder with the sign of the dividend (like C's %).
      Type: int -> int -> int.  Example: `mod (-11) 4` => `-3` */
  mod = base: int: base - (int * (builtins.div base int));

  /** Three-way comparison: -1, 0 or 1.
      Type: a -> a -> int.  Example: `compare "a" "b"` => `-1` */
  compare = a: b: if a < b then -1 else if a > b then 1 else 0;

  /** Compare with `yes` when both satisfy `p`, `no` when neither does;
      a value satisfying `p` sorts first.
      Type: (a -> bool) -> (a -> a -> int) -> (a -> a -> int) -> a -> a -> int.
      Example: `splitByAndCompare (hasPrefix "a") compare compare "b" "a1"` => `1` */
  splitByAndCompare = p: yes: no: a: b:
    if p a then
      if p b then yes a b else -1
    else if p b then
      1
    else
      no a b;

  /** Read and parse a JSON file.
      Type: path -> any.  Example: `importJSON ./x.json` */
  importJSON = path: builtins.fromJSON (builtins.readFile path);

  /** Read and parse a TOML file.
      Type: path -> any.  Example: `importTOML ./x.toml` */
  importTOML = path: builtins.fromTOML (builtins.readFile path);

  /** Print a warning, then return the second argument. Uses builtins.warn when
      the evaluator has it; otherwise traces and honours NIX_ABORT_ON_WARN.
      Type: string -> a -> a.  Example: `warn "old" 1` => `1` (and a warning) */
  warn = if isAttrs builtins && builtins ? warn then builtins.warn else fallbackWarn;

  /** `warn` when the condition holds, else identity.
      Type: bool -> string -> a -> a.  Example: `warnIf false "x" 1` => `1` */
  warnIf = cond: msg: if cond then warn msg else x: x;

  /** `warn` unless the condition holds.
      Type: bool -> string -> a -> a.  Example: `warnIfNot true "x" 1` => `1` */
  warnIfNot = cond: msg: if cond then x: x else warn msg;

  /** Throw the message when the condition holds, else identity.
      Type: bool -> string -> a -> a.  Example: `throwIf false "x" 1` => `1` */
  throwIf = cond: msg: if cond then throw msg else x: x;

  /** Throw the message unless the condition holds.
      Type: bool -> string -> a -> a.  Example: `throwIfNot true "x" 1` => `1` */
  throwIfNot = cond: msg: if cond then x: x else throw msg;

  /** Throw unless every element of `given` is in `valid`, naming the
      unexpected ones.
      Type: string -> [a] -> [a] -> b -> b.
      Example: `checkListOfEnum "fruits" [ "apple" ] [ "pear" ] 1` throws
      "fruits: pear unexpected; valid ones: apple" */
  checkListOfEnum = msg: valid: given:
    let
      unexpected = lib.subtractLists valid given;
      show = xs: builtins.concatStringsSep ", " (map builtins.toString xs);
    in
    throwIfNot (unexpected == [ ]) "${msg}: ${show unexpected} unexpected; valid ones: ${show valid}";

  /** Trace an informational message, then return the value.
      Type: string -> a -> a.  Example: `info "hi" 1` => `1` */
  info = msg: trace "INFO: ${msg}";

  /** Emit every warning in the list, then return the result.
      Type: [string] -> a -> a.  Example: `showWarnings [ ] 1` => `1` */
  showWarnings = warnings: res: lib.foldr (w: x: warn w x) res warnings;

  /** Attach an argument signature to a function, for `functionArgs`.
      Type: (a -> b) -> attrs -> functor.
      Example: `functionArgs (setFunctionArgs (x: x) { a = false; })` => `{ a = false; }` */
  setFunctionArgs = f: args: {
    __functor = self: f;
    __functionArgs = args;
  };

  /** The formal arguments of a function (or functor), mapping each name to
      whether it has a default.
      Type: (a -> b) -> attrs.  Example: `functionArgs ({ a, b ? 1 }: a)` => `{ a = false; b = true; }` */
  functionArgs = f:
    if f ? __functor then
      f.__functionArgs or (functionArgs (f.__functor f))
    else
      builtins.functionArgs f;

  /** Whether a value can be called: a lambda, primop or functor.
      Type: a -> bool.  Example: `isFunction { __functor = s: x: x; }` => `true` */
  isFunction = f: builtins.isFunction f || (f ? __functor && isFunction (f.__functor f));

  /** Give `g` the argument signature of `f`.
      Type: (a -> b) -> (a -> c) -> functor.
      Example: `functionArgs (mirrorFunctionArgs ({ a }: a) (x: x))` => `{ a = false; }` */
  mirrorFunctionArgs = f:
    let
      fArgs = functionArgs f;
    in
    g: setFunctionArgs g fArgs;

  /** Turn a value into a function: functions stay, others become constant.
      Type: (a -> b) | b -> a -> b.  Example: `toFunction 5 0` => `5` */
  toFunction = v: if isFunction v then v else _: v;

  /** Parse a hexadecimal string (an optional "0x", any case) to an integer.
      Type: string -> int.  Example: `fromHexString "FF"` => `255` */
  fromHexString = str:
    let
      m = builtins.match "(0x)?([0-9A-Fa-f]+)" str;
    in
    if m == null then
      throw "Invalid hexadecimal string: ${str}"
    else
      (builtins.fromTOML "v=0x${builtins.elemAt m 1}").v;

  /** Render a non-negative integer in upper-case hexadecimal.
      Type: int -> string.  Example: `toHexString 250` => `"FA"` */
  toHexString = i:
    let
      digit = d: builtins.elemAt [ "0" "1" "2" "3" "4" "5" "6" "7" "8" "9" "A" "B" "C" "D" "E" "F" ] d;
    in
    builtins.concatStringsSep "" (map digit (toBaseDigits 16 i));

  /** The digits of a non-negative integer in a base (>= 2), most significant first.
      Type: int -> int -> [int].  Example: `toBaseDigits 2 6` => `[ 1 1 0 ]` */
  toBaseDigits = base: i:
    let
      go = i: if i < base then [ i ] else go (builtins.div i base) ++ [ (i - base * builtins.div i base) ];
    in
    assert (builtins.isInt base);
    assert (builtins.isInt i);
    assert (base >= 2);
    assert (i >= 0);
    go i;

  # Builtins nixpkgs also re-exports from trivial.
  inherit (builtins)
    seq
    deepSeq
    lessThan
    add
    sub
    isBool
    isInt
    isFloat
    pathExists
    genericClosure
    readFile
    ;
}
