with builtins; [ (div 7.5 2) (div 1 3.0) (div (-1) 3.0) (1 / 3.0) ]
