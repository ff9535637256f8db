# YAML as nixpkgs' formats.yaml_1_1 and yaml_1_2 write it: remarshal reads
# the value's JSON and dumps it with ruamel.yaml in block style, indent 2,
# width 80; YAML 1.1 output starts with a `%YAML 1.1` directive and `---`.
#   - Mappings keep JSON's order (Nix's sorted names). A list under a key is
#     not indented (`key:` then `- item` at the key's column); a mapping or
#     list inside a list starts on the dash's line. Empty ones are `{}`, `[]`.
#   - A string is plain unless plain style cannot hold it or it would read
#     back as another type (bool, number, null, date...) under the version's
#     rules. Then it is single-quoted, or double-quoted when it holds a `'`, a
#     line break or a character only an escape can write.
#   - A value line running past column 80 breaks at a space (plain and
#     single-quoted) or with a `\` (double-quoted); the rest of the scalar
#     continues two columns in from its parent. Keys never break.
# Not reproduced: keys of 128 characters or more (ruamel writes `? key`),
# and single-quoted strings holding U+0085, U+2028 or U+2029.
{
  lib,
  utf8,
  floatRepr,
}:
version:
let
  inherit (builtins)
    attrNames
    elemAt
    head
    isAttrs
    isBool
    isFloat
    isInt
    isList
    isString
    length
    match
    replaceStrings
    stringLength
    substring
    ;
  inherit (lib) hasInfix hasPrefix hasSuffix;

  width = 80;
  spaces = n: lib.concatStrings (lib.genList (_: " ") n);

  # Derivations and other string-like sets are scalars, as toJSON has them.
  isStringLike = v: isAttrs v && (v ? outPath || v ? __toString);
  isMapping = v: isAttrs v && !(isStringLike v);

  hasAny = chars: s: replaceStrings chars (map (_: "") chars) s != s;

  lineBreaks = map utf8.char [
    10
    133
    8232
    8233
  ];
  whitespace = [
    " "
    "\t"
    "\r"
  ]
  ++ lineBreaks;
  # Characters only an escape in double quotes can write.
  specials = map utf8.char (
    lib.range 1 9
    ++ lib.range 11 31
    ++ [ 127 ]
    ++ lib.range 128 132
    ++ lib.range 134 159
    ++ [
      65279
      65534
      65535
    ]
  );

  shortEscapes = {
    "7" = "a";
    "8" = "b";
    "9" = "t";
    "10" = "n";
    "11" = "v";
    "12" = "f";
    "13" = "r";
    "27" = "e";
    "133" = "N";
    "8232" = "L";
    "8233" = "P";
  };
  escapes =
    lib.listToAttrs (
      map (
        i:
        lib.nameValuePair (utf8.char i) (
          "\\"
          + (
            shortEscapes.${toString i} or (if i < 256 then "x${utf8.hex 2 i}" else "u${utf8.hex 4 i}")
          )
        )
      ) (lib.range 1 31 ++ [ 127 ] ++ lib.range 128 159 ++ lib.range 8232 8233 ++ [ 65279 65534 65535 ])
    )
    // {
      "\"" = "\\\"";
      "\\" = "\\\\";
    };
  escapeNames = attrNames escapes;
  escapeValues = map (c: escapes.${c}) escapeNames;
  escapeOf =
    c:
    escapes.${c} or (if utf8.isFourByte c then "\\U${utf8.hex 8 (utf8.fourByteCodePoint c)}" else null);

  # The implicit types a plain scalar can resolve to; `first` lists the
  # characters a scalar must start with for the rule to be tried at all.
  numberStart = "-+0123456789";
  resolvers = {
    "1.2" = [
      { re = "true|True|TRUE|false|False|FALSE"; }
      {
        re = "[-+]?[0-9][0-9_]*\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|[-+]?\\.[0-9_]+([eE][-+][0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)";
        first = numberStart + ".";
      }
      {
        re = "[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+";
        first = numberStart;
      }
    ];
    "1.1" = [
      {
        re = "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF";
      }
      {
        re = "[-+]?[0-9][0-9_]*\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|\\.[0-9_]+([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)";
        first = numberStart + ".";
      }
      {
        re = "[-+]?0b[0-1_]+|[-+]?0?[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+";
        first = numberStart;
      }
    ];
  };
  bothVersions = [
    { re = "<<"; }
    { re = "~|null|Null|NULL"; }
    {
      re = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](\\.[0-9]*)?([ \t]*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?))?";
    }
    { re = "="; }
  ];
  readsAsOtherType =
    s:
    s == ""
    || lib.any (r: (!(r ? first) || hasInfix (substring 0 1 s) r.first) && match "(${r.re})" s != null) (
      resolvers.${version} ++ bothVersions
    );

  # Which styles a string allows in block context (ruamel's analysis).
  analyze =
    s:
    let
      rest = substring 1 (stringLength s) s;
      first = substring 0 1 s;
      followedBySpace = rest == "" || lib.any (w: hasPrefix w rest) whitespace;
      breakSpace = lib.any (b: hasInfix (b + " ") s) lineBreaks;
      spaceBreak = lib.any (b: hasInfix (" " + b) s) lineBreaks;
      special = hasAny specials s;
      indicators =
        hasPrefix "---" s
        || hasPrefix "..." s
        || hasInfix first "#,[]{}&*!|>'\"%@`"
        || (lib.elem first [
          "?"
          ":"
          "-"
        ]
        && followedBySpace)
        || lib.any (w: hasInfix (":" + w) rest) whitespace
        || (rest != "" && hasSuffix ":" s)
        || lib.any (w: hasInfix (w + "#") s) whitespace;
      edgeSpace =
        first == " "
        || hasSuffix " " s
        || lib.any (b: hasPrefix b s || hasSuffix b s) lineBreaks;
    in
    {
      multiline = hasAny lineBreaks s;
      plain = !(edgeSpace || breakSpace || spaceBreak || special || hasAny lineBreaks s || indicators);
      single = !(breakSpace || spaceBreak || special);
    };

  style =
    isKey: s:
    let
      a = analyze s;
    in
    if s != "" && a.plain && !(readsAsOtherType s) then
      "plain"
    else if hasInfix "'" s || hasInfix "\n" s then
      "double"
    else if (s == "" || a.single) && !(isKey && a.multiline) then
      "single"
    else
      "double";

  # Words and the runs of spaces between them, a run of one space becoming
  # a line break once the line is past the width. `col` is the column of
  # the first word; `edges`: runs at either end never break (quoted text).
  foldAtSpaces =
    {
      col,
      indent,
      edges,
    }:
    s:
    let
      parts = builtins.split "( +)" s;
      runs = (length parts - 1) / 2;
      word = i: elemAt parts (2 * i);
      step =
        acc: i:
        let
          run = head (elemAt parts (2 * i + 1));
          next = word (i + 1);
          atEdge = edges && ((i == 0 && word 0 == "") || (i == runs - 1 && next == ""));
          broken =
            if run == " " && acc.col > width && !atEdge then
              {
                out = acc.out + "\n" + spaces indent;
                col = indent;
              }
            else
              {
                out = acc.out + run;
                col = acc.col + stringLength run;
              };
        in
        {
          out = broken.out + next;
          col = broken.col + utf8.length next;
        };
    in
    if col + stringLength s <= width then
      s
    else
      (builtins.foldl' step {
        out = word 0;
        col = col + utf8.length (word 0);
      } (lib.range 0 (runs - 1))).out;

  # Double quotes: escapes, and (when `fold`) ruamel's line breaks, which
  # end a line with `\` before a space or after an escape once the line
  # would pass the width, and start the next with `\` if it begins with a
  # space. `col` is the column of the opening quote.
  doubleQuoted =
    {
      col,
      indent,
      fold,
    }:
    s:
    let
      escaped = replaceStrings escapeNames escapeValues s;
      cs = utf8.characters s;
      n = length cs;
      slice = from: to: lib.concatStrings (lib.sublist from (to - from) cs);
      step =
        acc: end:
        let
          ch = if end < n then elemAt cs end else null;
          escape = if ch == null then null else escapeOf ch;
          flushed =
            if (ch == null || escape != null) && acc.start < end then
              acc
              // {
                out = acc.out + slice acc.start end;
                col = acc.col + end - acc.start;
                start = end;
              }
            else
              acc;
          written =
            if escape != null then
              flushed
              // {
                out = flushed.out + escape;
                col = flushed.col + stringLength escape;
                start = end + 1;
              }
            else
              flushed;
          breaks =
            fold
            && 0 < end
            && end < n - 1
            && (ch == " " || written.start >= end)
            && written.col + (end - written.start) > width;
          start = if written.start < end then end else written.start;
          broken = {
            out =
              written.out
              + (if written.start < end then slice written.start end else "")
              + "\\\n"
              + spaces indent
              + (if elemAt cs start == " " then "\\" else "");
            col = indent + (if elemAt cs start == " " then 1 else 0);
            inherit start;
          };
        in
        if breaks then broken else written;
    in
    if !utf8.hasFourByte s && (!fold || col + 1 + stringLength escaped <= width) then
      "\"${escaped}\""
    else
      "\""
      + (builtins.foldl' step {
        out = "";
        col = col + 1;
        start = 0;
      } (lib.range 0 n)).out
      + "\"";

  stringText =
    {
      col,
      indent,
      isKey ? false,
    }:
    s:
    let
      chosen = style isKey s;
    in
    if chosen == "plain" then
      (if isKey then s else foldAtSpaces { inherit col indent; edges = false; } s)
    else if chosen == "single" then
      "'"
      + (
        if isKey then
          s
        else
          foldAtSpaces {
            col = col + 1;
            inherit indent;
            edges = true;
          } s
      )
      + "'"
    else
      doubleQuoted {
        inherit col indent;
        fold = !isKey;
      } s;

  floatText =
    v:
    let
      r = floatRepr v;
    in
    # YAML 1.1 floats need a dot: 1e+16 is written 1.0e+16.
    if version == "1.1" && !(hasInfix "." r) && hasInfix "e" r then
      replaceStrings [ "e" ] [ ".0e" ] r
    else
      r;

  scalar =
    place: v:
    if v == null then
      "null"
    else if isBool v then
      lib.boolToString v
    else if isInt v then
      toString v
    else if isFloat v then
      floatText v
    else if isString v || isStringLike v || builtins.isPath v then
      stringText place "${v}"
    else
      throw "generators.toYAML: cannot represent ${builtins.typeOf v}";

  # A value after `key:`, in a mapping at column `indent`; `col` is the
  # column just after the colon.
  afterKey =
    indent: col: v:
    if isMapping v then
      (if v == { } then " {}\n" else "\n" + spaces (indent + 2) + block (indent + 2) v)
    else if isList v then
      (if v == [ ] then " []\n" else "\n" + spaces indent + block indent v)
    else
      " "
      + scalar {
        col = col + 1;
        indent = indent + 2;
      } v
      + "\n";

  # A value after `- `, in a list at column `indent`.
  afterDash =
    indent: v:
    if isMapping v then
      (if v == { } then "{}\n" else block (indent + 2) v)
    else if isList v then
      (if v == [ ] then "[]\n" else block (indent + 2) v)
    else
      scalar {
        col = indent + 2;
        indent = indent + 2;
      } v
      + "\n";

  # A non-empty mapping or list at column `indent`, its first line's
  # indentation already written.
  block =
    indent: v:
    lib.concatStringsSep (spaces indent) (
      if isList v then
        map (e: "- " + afterDash indent e) v
      else
        map (
          k:
          let
            key = stringText {
              col = indent;
              inherit indent;
              isKey = true;
            } k;
          in
          key + ":" + afterKey indent (indent + utf8.length key + 1) v.${k}
        ) (attrNames v)
    );

  directive = if version == "1.1" then "%YAML 1.1\n---" else "";
in
value:
if (isMapping value && value != { }) || (isList value && value != [ ]) then
  (if directive == "" then "" else directive + "\n") + block 0 value
else if isMapping value || isList value then
  (if directive == "" then "" else directive + " ") + (if isList value then "[]" else "{}") + "\n"
else
  # A scalar document goes on its own line, indented as ruamel does when
  # an indent is set.
  directive
  + "\n  "
  + scalar {
    col = 2;
    indent = 2;
  } value
  + "\n"
