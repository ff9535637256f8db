# lib.hm.zsh (also `config.lib.zsh`): rendering zsh variable definitions
# and exports. Arrays are written one word list per line, wrapped at 80
# columns, the way Home Manager writes `set_opts=( ... )` into .zshrc.
{ lib }:

let
  inherit (lib) concatStringsSep;

  # Widest line an array body may have, indentation included.
  lineWidth = 80;
  indent = "  ";

  # Greedy filling: a word goes on the current line while the line stays
  # within lineWidth, else it starts the next one.
  wrapWords =
    words:
    let
      step =
        acc: w:
        if acc.line == "" then
          acc // { line = indent + w; }
        else if builtins.stringLength acc.line + 1 + builtins.stringLength w <= lineWidth then
          acc // { line = "${acc.line} ${w}"; }
        else
          {
            lines = acc.lines ++ [ acc.line ];
            line = indent + w;
          };
      done = builtins.foldl' step {
        lines = [ ];
        line = "";
      } words;
    in
    done.lines ++ lib.optional (done.line != "") done.line;
in
rec {
  /**
    A zsh value: booleans bare, strings and numbers in double quotes
    (unescaped, so `$VAR` expands), lists as arrays of shell-quoted words
    spread over wrapped lines.

    Type: toZshValue :: Any -> String

    Examples:
      toZshValue true => "true"
      toZshValue "a b" => "\"a b\""
      toZshValue [ "A" "B" ] => "(\n  A B\n)"
  */
  toZshValue =
    v:
    if builtins.isBool v then
      lib.boolToString v
    else if builtins.isString v then
      ''"${v}"''
    else if builtins.isList v then
      "(\n${concatStringsSep "\n" (wrapWords (map (x: lib.escapeShellArg (toString x)) v))}\n)"
    else
      ''"${toString v}"'';

  /**
    A definition statement `NAME=value`.

    Type: define :: String -> Any -> String
  */
  define = n: v: "${n}=${toZshValue v}";

  /**
    One definition per variable, sorted by name, null values left out.

    Type: defineAll :: AttrsOf Any -> String
  */
  defineAll = vars: concatStringsSep "\n" (lib.mapAttrsToList define (lib.filterAttrs (_: v: v != null) vars));

  /**
    An export statement `export NAME=value`.

    Type: export :: String -> Any -> String

    Examples:
      export "ZDOTDIR" "/home/u/.config/zsh" => "export ZDOTDIR=\"/home/u/.config/zsh\""
  */
  export = n: v: "export ${define n v}";

  /**
    One export per variable, sorted by name, null values left out.

    Type: exportAll :: AttrsOf Any -> String
  */
  exportAll = vars: concatStringsSep "\n" (lib.mapAttrsToList export (lib.filterAttrs (_: v: v != null) vars));
}
