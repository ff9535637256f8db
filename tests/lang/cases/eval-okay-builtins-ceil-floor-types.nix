with builtins; map typeOf [ (ceil 1.5) (floor 1.5) (ceil 3) ]
