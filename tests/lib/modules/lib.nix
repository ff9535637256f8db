# The lib the module-system tests run against: Hearth's full lib when it
# exists, else a minimal one built around modules/types/options.nix plus
# just enough of the rest (pretty-printing for error messages, derivation
# predicates, warn) for these tests.
#
# With HEARTH_LIB_PLAIN=1 in the environment, the module-system files see a
# `builtins` without Hearth's native module helpers (builtins.hearthModule*),
# so Hearth runs the same plain-Nix code as Nix does.
let
  root = ../../../share/hearth/lib;
  plainBuiltins = removeAttrs builtins (builtins.filter (n: builtins.substring 0 12 n == "hearthModule") (builtins.attrNames builtins));
  plain = builtins.getEnv "HEARTH_LIB_PLAIN" == "1";
  importPlain = file: if plain then scopedImport { builtins = plainBuiltins; } file else import file;
in
if builtins.pathExists (root + "/default.nix") then
  if plain then
    (import root).extend (
      self: super: {
        modules = importPlain (root + "/modules.nix") { lib = self; };
        types = importPlain (root + "/types.nix") { lib = self; };
        options = importPlain (root + "/options.nix") { lib = self; };
      }
    )
  else
    import root
else
  let
    b = builtins;
    escapeString = s: b.replaceStrings [ "$" ] [ "\\$" ] (b.toJSON s);
    escapeIdentifier = s: if b.match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null then s else escapeString s;

    pretty =
      indent: v:
      let
        inner = indent + "  ";
        nl = "\n" + inner;
      in
      if b.isString v then
        let
          lines = b.filter (x: !b.isList x) (b.split "\n" v);
          multi = b.replaceStrings [ "\${" "''" ] [ "''\${" "'''" ];
          single = b.replaceStrings [ "\\" "\"" "\${" ] [ "\\\\" "\\\"" "\\\${" ];
          n = b.length lines;
          lastLine = b.elemAt lines (n - 1);
        in
        if n > 1 then
          "''"
          + nl
          + b.concatStringsSep nl (map multi (b.genList (b.elemAt lines) (n - 1)))
          + (if lastLine == "" then "\n" + indent else nl + multi lastLine)
          + "''"
        else
          "\"" + single v + "\""
      else if b.isInt v || b.isFloat v || b.isPath v then
        toString v
      else if b.isBool v then
        (if v then "true" else "false")
      else if v == null then
        "null"
      else if b.isList v then
        if v == [ ] then "[ ]" else "[" + nl + b.concatStringsSep nl (map (pretty inner) v) + "\n" + indent + "]"
      else if b.isFunction v then
        let
          fa = b.functionArgs v;
        in
        if fa == { } then
          "<function>"
        else
          "<function, args: {${b.concatStringsSep ", " (map (n: if fa.${n} then n + "?" else n) (b.attrNames fa))}}>"
      else if b.isAttrs v then
        if v ? type && v.type == "derivation" then
          "<derivation ${v.name or "???"}>"
        else if v == { } then
          "{ }"
        else
          "{"
          + nl
          + b.concatStringsSep nl (map (n: "${escapeIdentifier n} = ${pretty inner v.${n}};") (b.attrNames v))
          + "\n"
          + indent
          + "}"
      else
        "<${b.typeOf v}>";

    lib = {
      modules = importPlain (root + "/modules.nix") { inherit lib; };
      types = importPlain (root + "/types.nix") { inherit lib; };
      options = importPlain (root + "/options.nix") { inherit lib; };
      generators = {
        toPretty = _: pretty "";
        withRecursion = _: v: v;
      };
      isDerivation = v: b.isAttrs v && v.type or null == "derivation";
      isStorePath =
        x:
        if b.isString x || b.isPath x || (b.isAttrs x && x ? outPath) then
          let
            s = toString x;
          in
          b.substring 0 1 s == "/" && dirOf s == b.storeDir
        else
          false;
      toDerivation = p: {
        type = "derivation";
        name = b.unsafeDiscardStringContext (b.substring 33 (-1) (baseNameOf p));
        outPath = p;
      };
      warn = msg: b.trace "evaluation warning: ${msg}";
      oldestSupportedReleaseIsAtLeast = release: false;
      importJSON = f: b.fromJSON (b.readFile f);
      importTOML = f: b.fromTOML (b.readFile f);
    }
    // importPlain (root + "/modules.nix") { inherit lib; }
    // importPlain (root + "/options.nix") { inherit lib; }
    // {
      inherit (lib.types) mkOptionType isType setType isOptionType;
    };
  in
  lib
