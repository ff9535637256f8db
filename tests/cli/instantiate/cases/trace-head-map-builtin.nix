builtins.head (builtins.map (builtins.add "x") [ 1 ])
