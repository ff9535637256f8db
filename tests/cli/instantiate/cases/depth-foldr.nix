let
  foldr =
    op: nul: list:
    let
      len = builtins.length list;
      go = n: if n == len then nul else op (builtins.elemAt list n) (go (n + 1));
    in
    go 0;
in
foldr (a: b: a + b) 0 (builtins.genList (x: x) 20000)
