# foldl' forces the accumulator at each step, but not the elements themselves.
builtins.foldl' (acc: x: acc + 1) 0 [ (throw "a") (throw "b") ]
