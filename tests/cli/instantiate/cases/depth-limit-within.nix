# 10001 nested calls without a builtin among them are within the default
# max-call-depth of 10000: Nix fails a call once that many are under way.
let
  chain = builtins.foldl' (acc: _: { next = acc; }) null (builtins.genList (x: x) 10000);
  f = c: if c == null then 0 else f c.next;
in
f chain
