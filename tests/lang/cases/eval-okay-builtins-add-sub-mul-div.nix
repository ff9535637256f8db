with builtins; [ (add 1 2) (sub 5 7) (mul 6 7) (div 7 2) (div (-7) 2) (add 1 0.5) (mul 2 1.5) (div 1 4.0) ]
