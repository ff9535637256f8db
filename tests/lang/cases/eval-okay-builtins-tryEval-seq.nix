builtins.tryEval (builtins.seq (throw "x") 1)
