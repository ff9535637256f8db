# An operator that computes closures of its own while the outer closure runs,
# and closures one after another, each starting from nothing.
let
  inherit (builtins) genericClosure length map;
  inner = n: genericClosure {
    startSet = [ { key = n; } ];
    operator = x: if x.key > 0 then [ { key = x.key - 1; } ] else [ ];
  };
  outer = genericClosure {
    startSet = [ { key = "a5"; n = 5; } ];
    operator = x: map (k: { key = "a${toString k.key}"; n = k.key; }) (inner x.n);
  };
in
{
  outer = map (x: x.key) outer;
  sizes = map (n: length (inner n)) [ 3 0 7 3 ];
  strings = map (x: x.key) (genericClosure { startSet = [ { key = "x"; } ]; operator = x: [ { key = "y"; } { key = "x"; } ]; });
}
