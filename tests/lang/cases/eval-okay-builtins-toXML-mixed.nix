let d = { type = "derivation"; drvPath = "/nix/store/x.drv"; outPath = "/nix/store/x"; name = "x"; };
in builtins.toXML {
  s = "a\r\tb\n<>&\"'";
  f = [ 0.1 (1.0 / 3) 1.0e20 100.0 1.0 123456789.0 1.0e-5 (0.0 - 2.5) ];
  p = builtins.length;
  q = builtins.map (x: x);
  l = x: y: x;
  fm = { z, a ? 1, m }: 1;
  fa = args@{ ... }: 1;
  ds = [ d d { type = "derivation"; } { type = "derivation"; drvPath = 1; outPath = 2; } ];
  nested = { a = { b = [ [ ] { } ]; }; };
  neg = -5;
  big = 9223372036854775807;
}
