(builtins.map (x: x + "a") [ 1 ]) == [ 1 ]
