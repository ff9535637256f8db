# Long results of `+` share their bytes with the string they extend (a fold
# appends in place): strings made from the same prefix, earlier steps of a
# fold, and a string appended to itself must each keep their own text.
let
  inherit (builtins) foldl' genList stringLength substring hashString concatStringsSep match;
  base = concatStringsSep "" (genList (i: "0123456789") 40); # 400 bytes
  a = base + "a";
  b = base + "b"; # base is no longer the newest: copied
  aa = a + a;
  steps = genList (n: foldl' (s: i: s + "x${toString i};") base (genList (i: i) n)) 4;
  fold = foldl' (acc: i: acc ++ [ ((if acc == [ ] then base else builtins.elemAt acc (builtins.length acc - 1)) + toString i) ]) [ ] (genList (i: i) 5);
  interp = "${a}-${b}";
  ctx = "${base}${builtins.toFile "f" "x"}" + "tail";
in
{
  lengths = map stringLength [ base a b aa interp ];
  ends = map (s: substring (stringLength s - 3) 3 s) [ a b aa interp ];
  steps = map (s: substring 395 100 s) steps;
  fold = map (s: substring 398 10 s) fold;
  same = [ (a == base + "a") (aa == a + a) (a == b) ];
  hashes = map (hashString "sha256") [ base a b ];
  matched = match ".*9(a)" a;
  names = builtins.attrNames { ${a} = 1; ${b} = 2; };
  context = builtins.attrNames (builtins.getContext ctx);
  json = stringLength (builtins.toJSON [ a aa ]);
}
