map toString [ 1 (-3) 1.5 true false null "s" [ 1 [ 2 "x" ] null ] [ ] ./lib/answer.nix /abs ]
