# foldl' forces its initial accumulator only when the list is empty; found by
# the differential test (tests/lang/differential, DIFF_SEED=2).
[
  (builtins.foldl' (acc: x: x) (throw "unused") [ 1 2 ])
  (builtins.tryEval (builtins.foldl' (acc: x: x) (throw "used") [ ])).success
  (builtins.foldl' (acc: x: acc + x) 0 [ 1 2 3 ])
]
