{ a, b, c, d, f, g, s, x, y, z }:
[ (1 + 2 * 3) (-(1 + 2)) (!a || b && c) (a -> b -> c) (x // y // z) ([1] ++ [2] ++ [3]) (f x y) (f (g x)) (a.b.c or d) (s ? a.b) ]
