let
  f = { x ? 1, y }: x + y;
  inherit (builtins) map filter;
  rec1 = rec { a = 1; b = a; };
in with rec1; f { y = b; }
