builtins.add "a" (throw "forced first")
