# genList with a body that is an integer computed from the index (and from
# variables around it), next to bodies that fail for some indexes only: an
# element is evaluated only when forced, and only it fails.
let
  inherit (builtins) genList elemAt tryEval;
  k = 5;
  divides = genList (i: 10 / (i - 2)) 4;
  overflows = genList (i: i * 4611686018427387904) 3;
in
{
  identity = genList (i: i) 5;
  affine = genList (d: d * 2 + 1) 4;
  outer = genList (i: i * k - 3) 3;
  big = elemAt (genList (i: i * 1000) 3000) 2999;
  divides = [ (elemAt divides 0) (elemAt divides 1) (elemAt divides 3) ];
  overflows = [ (elemAt overflows 0) (elemAt overflows 1) ];
  thrown = (tryEval (elemAt (genList (i: if i == 1 then throw "no" else i) 2) 1)).success;
  sets = map (s: s.n) (genList (n: { inherit n; }) 3);
}
