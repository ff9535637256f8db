builtins.tryEval (builtins.findFile [ ] "x")
