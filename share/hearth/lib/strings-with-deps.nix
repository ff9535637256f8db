# Text snippets with dependencies between them, assembled in dependency
# order (NixOS activation scripts use this; Home Manager uses DAGs instead).
{ lib }:
let
  inherit (builtins) head tail isAttrs concatStringsSep;
in
rec {
  /** The texts of the named entries and, first, of everything they depend
      on, each entry once. Names refer to `predefined`; an entry is
      `{ text; deps; }` and may also appear inline in the list.
      Type: { string = entry; } -> [string | entry] -> [string].
      Example: `textClosureList { a = noDepEntry "A"; b = fullDepEntry "B" [ "a" ]; } [ "b" ]` => `[ "A" "B" ]` */
  textClosureList = predefined: arg:
    let
      walk = done: todo:
        if todo == [ ] then
          {
            result = [ ];
            inherit done;
          }
        else
          let
            entry = head todo;
          in
          if isAttrs entry then
            let
              deps = walk done entry.deps;
              more = walk deps.done (tail todo);
            in
            {
              result = deps.result ++ [ entry.text ] ++ more.result;
              done = more.done;
            }
          else if done ? ${entry} then
            walk done (tail todo)
          else
            walk (done // { ${entry} = 1; }) ([ predefined.${entry} ] ++ tail todo);
    in
    (walk { } arg).result;

  /** `textClosureList` after mapping every entry with `f name entry`, joined
      with newlines.
      Type: (string -> entry -> entry) -> attrs -> [string] -> string.
      Example: `textClosureMap (n: e: e) { a = noDepEntry "A"; } [ "a" ]` => `"A"` */
  textClosureMap = f: predefined: names:
    concatStringsSep "\n" (textClosureList (builtins.mapAttrs f predefined) names);

  /** An entry without dependencies.
      Type: string -> entry.  Example: `noDepEntry "x"` => `{ text = "x"; deps = [ ]; }` */
  noDepEntry = text: {
    inherit text;
    deps = [ ];
  };

  /** An entry with dependencies.
      Type: string -> [string] -> entry.  Example: `fullDepEntry "x" [ "a" ]` => `{ text = "x"; deps = [ "a" ]; }` */
  fullDepEntry = text: deps: { inherit text deps; };

  /** An empty entry that only pulls in dependencies.
      Type: [string] -> entry.  Example: `packEntry [ "a" ]` => `{ text = ""; deps = [ "a" ]; }` */
  packEntry = deps: {
    inherit deps;
    text = "";
  };

  /** An entry that runs after the given ones (arguments flipped).
      Type: [string] -> string -> entry.  Example: `stringAfter [ "a" ] "x"` => `{ text = "x"; deps = [ "a" ]; }` */
  stringAfter = deps: text: { inherit text deps; };
}
