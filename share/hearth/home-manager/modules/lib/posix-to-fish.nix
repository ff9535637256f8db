# Translates the POSIX shell that hm-session-vars.sh is made of into fish,
# at evaluation time, in the style of babelfish (which Home Manager runs
# over that file in a build and which Debian does not package): assignments
# become `set`, literal text is single-quoted, expansions are double-quoted,
# `${X-w}`-style expansions and `$(...)` become command substitutions,
# `if`/`elif`/`else`/`fi` become fish blocks indented by two spaces, comments
# stay and blank lines go.
#
# Only the line-oriented subset Hearth's modules write is understood:
# comments, `if COND; then` blocks (also on one line), `export`, `unset`,
# `NAME=WORD`, `. FILE` and simple commands. `translate` throws on anything
# else (loops, `case`, pipelines, backquotes, here-documents), so the caller
# can fall back to `sourceAtRuntime`. A sourced file is not translated
# (babelfish does that when the line runs, with itself); it goes through
# `sourceAtRuntime` too.
{ lib }:

let
  inherit (builtins)
    match
    substring
    stringLength
    ;

  unsupported = what: throw "posix-to-fish: unsupported shell: ${what}";

  # Single quotes, escaping what fish's single quotes treat specially.
  quote = s: "'" + lib.replaceStrings [ "\\" "'" ] [ "\\\\" "\\'" ] s + "'";

  # A parsed word is a list of parts:
  #   { lit = "text"; quoted = bool; }   literal text
  #   { var = "NAME"; }                  $NAME or ${NAME}
  #   { var = "NAME"; op = ":-"; word = [ parts ]; }   ${NAME:-word} etc.
  #   { cmd = "text"; }                  $(text)

  # What ends a literal run in each context.
  specialIn = {
    word = "[^\\\\'\"$`[:space:];|&<>()]";
    dq = "[^\\\\\"$`]";
    param = "[^\\\\'\"$`}]";
  };

  # Scans from `i` in context `ctx` ("word", "dq" or "param") until the end
  # of the context; returns { parts; i; } with `i` at the closing character
  # (or the end of the string).
  scan =
    s: ctx: i0:
    let
      n = stringLength s;
      quoted = ctx == "dq";
      go =
        i: acc:
        let
          rest = substring i (n - i) s;
          run = lib.head (match "(${specialIn.${ctx}}*).*" rest);
          c = substring i 1 s;
        in
        if i >= n then
          {
            parts = acc;
            inherit i;
          }
        else if run != "" then
          go (i + stringLength run) (acc ++ [ { lit = run; inherit quoted; } ])
        else if ctx == "word" && match "[[:space:];|&<>()]" c != null then
          {
            parts = acc;
            inherit i;
          }
        else if ctx == "dq" && c == "\"" || ctx == "param" && c == "}" then
          {
            parts = acc;
            inherit i;
          }
        else if c == "\\" then
          let
            next = substring (i + 1) 1 s;
            # Inside double quotes a backslash escapes only these.
            escapes = !quoted || lib.elem next [ "$" "`" "\"" "\\" ];
          in
          if next == "" then
            unsupported "a trailing backslash"
          else
            go (i + 2) (
              acc
              ++ [
                {
                  lit = if escapes then next else "\\" + next;
                  inherit quoted;
                }
              ]
            )
        else if c == "'" then
          let
            m = match "'([^']*)'.*" rest;
          in
          if m == null then
            unsupported "an unterminated single quote"
          else
            go (i + 2 + stringLength (lib.head m)) (
              acc
              ++ [
                {
                  lit = lib.head m;
                  quoted = true;
                }
              ]
            )
        else if c == "\"" then
          let
            r = scan s "dq" (i + 1);
          in
          if substring r.i 1 s != "\"" then
            unsupported "an unterminated double quote"
          else
            go (r.i + 1) (
              acc
              ++ (
                if r.parts == [ ] then
                  [
                    {
                      lit = "";
                      quoted = true;
                    }
                  ]
                else
                  r.parts
              )
            )
        else if c == "$" then
          let
            r = dollar s (i + 1);
          in
          # A plain variable remembers whether it was double-quoted.
          go r.i (acc ++ [ (if r.part ? var && !(r.part ? op) then r.part // { inherit quoted; } else r.part) ])
        else
          unsupported "`${c}` in `${s}`";
    in
    go i0 [ ];

  # After a `$` at i - 1: returns { part; i; } with `i` past the expansion.
  dollar =
    s: i:
    let
      n = stringLength s;
      rest = substring i (n - i) s;
      name = match "([A-Za-z_][A-Za-z0-9_]*).*" rest;
      braced = match "\\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+=?])?.*" rest;
    in
    if name != null then
      {
        part.var = lib.head name;
        i = i + stringLength (lib.head name);
      }
    else if braced != null then
      let
        var = lib.elemAt braced 0;
        op = lib.elemAt braced 1;
        start = i + 1 + stringLength var + (if op == null then 0 else stringLength op);
        r = if op == null then null else scan s "param" start;
      in
      if op == null then
        if substring start 1 s == "}" then
          {
            part.var = var;
            i = start + 1;
          }
        else
          unsupported "`\${${var}...`"
      else if substring r.i 1 s != "}" then
        unsupported "an unterminated `\${`"
      else
        {
          part = {
            inherit var op;
            word = r.parts;
          };
          i = r.i + 1;
        }
    else if match "[{0-9@*#?$!-].*" rest != null && substring i 1 s != "(" then
      unsupported ("`$" + substring i 1 s + "` in `${s}`")
    else if substring i 1 s == "(" then
      let
        end = closingParen s (i + 1) 1;
      in
      {
        part.cmd = substring (i + 1) (end - i - 1) s;
        i = end + 1;
      }
    else
      {
        part = {
          lit = "$";
          quoted = true;
        };
        inherit i;
      };

  # The index of the `)` closing a `(` opened before i (depth d); quotes
  # are not tracked, which the simple commands substituted here never need.
  closingParen =
    s: i: d:
    let
      c = substring i 1 s;
    in
    if i >= stringLength s then
      unsupported "an unterminated `$(`"
    else if c == "(" then
      closingParen s (i + 1) (d + 1)
    else if c == ")" then
      (if d == 1 then i else closingParen s (i + 1) (d - 1))
    else
      closingParen s (i + 1) d;

  # Splits a command line into words: { words = [ [parts] ]; i; } stopping
  # at the end or at an unquoted `;` (whose index is `i`).
  words =
    s: i0:
    let
      n = stringLength s;
      go =
        i: acc:
        let
          rest = substring i (n - i) s;
          blanks = lib.head (match "([[:space:]]*).*" rest);
          j = i + stringLength blanks;
          c = substring j 1 s;
        in
        if j >= n || c == ";" then
          {
            words = acc;
            i = j;
          }
        else if match "[|&<>()]" c != null then
          unsupported "`${c}` in `${s}`"
        else
          let
            r = scan s "word" j;
          in
          go r.i (acc ++ [ r.parts ]);
    in
    go i0 [ ];

  # Rendering. In an assignment every literal is quoted; as a command
  # argument unquoted text stays as it is. Inside `${X:+word}` the word is
  # echoed bare.
  renderPart =
    mode: p:
    if p ? lit then
      (if mode == "bare" || (mode == "arg" && !p.quoted) then p.lit else quote p.lit)
    else if p ? cmd then
      "(${translateCommand p.cmd} | string collect; or echo)"
    else if p ? op then
      let
        w = renderWord "bare" p.word;
        alt = if w == "" then "''" else w;
        isSet = "set -q ${p.var}";
        nonEmpty = ''test -n "''$${p.var}"'';
        value = ''echo "''$${p.var}"'';
      in
      {
        "-" = "(${isSet} && ${value} || echo ${alt})";
        ":-" = "(${nonEmpty} && ${value} || echo ${alt})";
        "+" = "(${isSet} && echo ${w} || echo)";
        ":+" = "(${nonEmpty} && echo ${w} || echo)";
      }
      .${p.op} or (unsupported "`\${${p.var}${p.op}...}`")
    else if mode == "bare" || (mode == "arg" && !(p.quoted or false)) then
      "$" + p.var
    else
      ''"''$${p.var}"'';

  # Adjacent literals of the same kind merge, so "a""b" gives one 'ab'.
  mergeLits = lib.foldl' (
    acc: p:
    let
      last = lib.last acc;
    in
    if acc != [ ] && p ? lit && last ? lit && last.quoted == p.quoted then
      lib.init acc
      ++ [
        {
          lit = last.lit + p.lit;
          inherit (p) quoted;
        }
      ]
    else
      acc ++ [ p ]
  ) [ ];

  renderWord = mode: parts: lib.concatMapStrings (renderPart mode) (mergeLits parts);

  renderArg = renderWord "arg";

  isName = w: match "[A-Za-z_][A-Za-z0-9_]*" w != null;

  # `NAME=WORD` (the whole word) as { name; value; } or null.
  splitAssignment =
    parts:
    let
      first = lib.head parts;
      m = if parts != [ ] && first ? lit && !first.quoted then match "([A-Za-z_][A-Za-z0-9_]*)=(.*)" first.lit else null;
    in
    if m == null then
      null
    else
      {
        name = lib.elemAt m 0;
        value =
          (lib.optional (lib.elemAt m 1 != "") {
            lit = lib.elemAt m 1;
            quoted = false;
          })
          ++ lib.tail parts;
      };

  renderValue = parts: if parts == [ ] then "''" else renderWord "assign" parts;

  # One simple command (no `;`) as fish.
  translateCommand =
    text:
    let
      r = words text 0;
      ws = r.words;
      plain = w: if lib.all (p: p ? lit) w then lib.concatMapStrings (p: p.lit) w else null;
      cmd = plain (lib.head ws);
      args = lib.tail ws;
      assignments = map splitAssignment args;
    in
    if r.i < stringLength text then
      unsupported "`;` in `${text}`"
    else if ws == [ ] then
      ""
    else if cmd == "export" then
      lib.concatMapStringsSep "; " (
        w:
        let
          a = splitAssignment w;
          name = plain w;
        in
        if a != null then
          "set -gx ${a.name} ${renderValue a.value}"
        else if name != null && isName name then
          "set -gx ${name} \$${name}"
        else
          unsupported "`export` of `${text}`"
      ) args
    else if cmd == "unset" then
      lib.concatMapStringsSep "; " (w: "set -e ${plain w}") args
    else if cmd == "." || cmd == "source" then
      unsupported "sourcing in a command substitution"
    else if splitAssignment (lib.head ws) != null then
      let
        a = splitAssignment (lib.head ws);
      in
      if args == [ ] then
        "set ${a.name} ${renderValue a.value}"
      else
        unsupported "an assignment before a command in `${text}`"
    else
      lib.concatMapStringsSep " " renderArg ws;

  trim = s: lib.head (match "[[:space:]]*(.*[^[:space:]]|)[[:space:]]*" s);

  indentBy = depth: lib.concatStrings (lib.replicate depth "  ");

  # Translates a script, line by line; `sourceLine` renders `. FILE`.
  translateWith =
    sourceLine: script:
    let
      lines = lib.splitString "\n" script;
      step =
        st: raw:
        let
          line = trim raw;
          at = d: text: st // { out = st.out ++ [ (indentBy d + text) ]; };
          oneLiner = match "if (.*); then (.*); fi" line;
          ifThen = match "if (.*); then" line;
          elifThen = match "elif (.*); then" line;
          sourced = match "(\\.|source)[[:space:]]+(.*)" line;
        in
        if line == "" then
          st
        else if lib.hasPrefix "#" line then
          at st.depth line
        else if oneLiner != null then
          st
          // {
            out = st.out ++ [
              (indentBy st.depth + "if ${translateCommand (lib.elemAt oneLiner 0)}")
              (indentBy (st.depth + 1) + translateCommand (lib.elemAt oneLiner 1))
              (indentBy st.depth + "end")
            ];
          }
        else if ifThen != null then
          (at st.depth "if ${translateCommand (lib.head ifThen)}") // { depth = st.depth + 1; }
        else if elifThen != null then
          at (st.depth - 1) "else if ${translateCommand (lib.head elifThen)}"
        else if line == "else" then
          at (st.depth - 1) "else"
        else if line == "fi" then
          (at (st.depth - 1) "end") // { depth = st.depth - 1; }
        else if sourced != null then
          let
            file = words (lib.elemAt sourced 1) 0;
          in
          if lib.length file.words != 1 then
            unsupported "`${line}`"
          else
            st
            // {
              out =
                st.out
                ++ map (l: indentBy st.depth + l) (
                  lib.splitString "\n" (sourceLine (renderWord "assign" (lib.head file.words)))
                );
            }
        else if match "(for|while|until|case|do|done|esac|then)([[:space:]].*|)" line != null then
          unsupported "`${line}`"
        else
          at st.depth (translateCommand line);
      final = lib.foldl' step {
        depth = 0;
        out = [ ];
      } lines;
    in
    if final.depth != 0 then
      unsupported "an unclosed `if`"
    else
      lib.concatMapStrings (l: l + "\n") final.out;
in
rec {
  /**
    Fish that sources the POSIX script FILE (a fish expression, already
    quoted) with /bin/sh and takes over every variable it exported or
    changed. Used where no translation is possible.

    Type: sourceAtRuntime :: String -> String
  */
  sourceAtRuntime = file: ''
    /bin/sh -c '. "$1" >/dev/null; env -0' sh ${file} | while read -lz __hm_kv
      set -l __hm_kv (string split -m 1 = -- $__hm_kv)
      set -l __hm_name $__hm_kv[1]
      contains -- $__hm_name PWD OLDPWD SHLVL _; and continue
      test "$$__hm_name" = "$__hm_kv[2]"; or set -gx $__hm_name $__hm_kv[2]
    end'';

  /**
    The script as fish (see the top of this file); throws on shell it does
    not understand.

    Type: translate :: String -> String
  */
  translate = translateWith sourceAtRuntime;

  /**
    The script as fish, or null if it uses shell `translate` does not
    understand.

    Type: tryTranslate :: String -> String or Null
  */
  tryTranslate =
    script:
    let
      r = builtins.tryEval (translate script);
    in
    if r.success then r.value else null;
}
