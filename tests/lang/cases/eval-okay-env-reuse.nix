# Calls whose envs nothing keeps are recycled (EvalState::call_env); these
# mix such calls with ones whose envs are kept by closures, thunks, defaults,
# let, with and rec, so a recycled env read again would show here.
let
  fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2);
  add = a: b: a + b;
  # the inner lambda's env is kept by the closure it returns
  adder = a: b: c: a + b + c;
  partial = map (adder 1 2) [ 10 20 ];
  # a thunk of an argument outlives the call
  keep = x: { inherit x; twice = x + x; };
  kept = map (i: keep (i * 2)) [ 1 2 3 ];
  # a default that names another formal
  defaults = { a ? b + 1, b ? 5 }: a * b;
  withLet = n: let m = n + 1; k = m * 2; in k;
  withWith = n: with { z = n; }; z + 1;
  withRec = n: rec { a = n; b = a + 1; }.b;
  failing = n: if n > 3 then throw "no" else n;
  tried = map (n: (builtins.tryEval (failing n)).success) [ 1 5 2 ];
  # arithmetic arguments that cannot fail are values; ones that can stay lazy
  big = 9223372036854775807;
  lazyOverflow = (x: 1) (big + 1);
  lazyDivision = (x: 2) (1 / 0);
  eager = n: (x: x) (n * 3 - 7 / 2 + 1);
  folded = builtins.foldl' (acc: x: acc + x * x) 0 (builtins.genList (i: i) 2000);
  closures = builtins.genList (i: (a: b: a * 10 + b) i) 5;
  applied = map (f: f 7) closures;
  sortBy = l: builtins.sort (a: b: a.k < b.k) l;
  # keys with ties: the sort is stable
  records = n: builtins.genList (i: { k = i * 37 - (i * 37 / 11) * 11; inherit i; }) n;
  sorted = n: map (r: r.i) (sortBy (records n));
in
{
  fib = fib 15;
  sums = [ (add 1 2) (add 3 4) ];
  inherit partial tried lazyOverflow lazyDivision folded applied;
  kept = map (r: [ r.x r.twice ]) kept;
  defaults = [ (defaults { }) (defaults { b = 2; }) (defaults { a = 3; }) ];
  lets = [ (withLet 1) (withWith 2) (withRec 3) ];
  eager = eager 5;
  sorted = map sorted [ 0 1 7 8 9 17 40 ];
}
