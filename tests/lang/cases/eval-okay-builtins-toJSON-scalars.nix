with builtins; [ (toJSON 1) (toJSON (-1)) (toJSON 1.5) (toJSON true) (toJSON false) (toJSON null) (toJSON "s") ]
