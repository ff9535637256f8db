let z = 1; a = z; in {
  a = 1; b = x: x.y or 3; c = rec { d = "s${toString 1}\n"; }; e = let f = 1; in f;
  g = with {}; [1 2]; h = !true && false || true -> true; i = -1; j = if true then 1 else 2;
  k = {a, b ? 1, ...}@args: 2; k2 = args@{ b }: 3; l = ./a/b; m = a ? b; m2 = a ? b.${z};
  n = [] ++ [1]; o = 1 - 2 * 3 / 4; p = {} // {}; q = 1 < 2; q2 = 1 >= 2; q3 = 1 > 2; q4 = 1 <= 2;
  r = assert true; 1; s = __curPos; t = 1.5; u = <nixpkgs>; v = http://x.org;
  w = z.${"a"}.c; x = { inherit z; inherit (z) y w; ${z} = 1; "q r" = 2; }; y = ./a/${z};
  n2 = null; ne = 1 != 2; ind = ''
    line ${z}
      more
  ''; nested.a.b = 1; nested.c = 2;
}
