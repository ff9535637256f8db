builtins.tryEval (builtins.deepSeq [ 1 (throw "x") ] 2)
