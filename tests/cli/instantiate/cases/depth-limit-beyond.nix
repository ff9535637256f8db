# One more nested call than depth-limit-within.
let
  chain = builtins.foldl' (acc: _: { next = acc; }) null (builtins.genList (x: x) 10001);
  f = c: if c == null then 0 else f c.next;
in
f chain
