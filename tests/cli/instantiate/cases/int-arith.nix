let x = -1; y = x - 1; in [ x y (x * 2) (x + 1) ]
