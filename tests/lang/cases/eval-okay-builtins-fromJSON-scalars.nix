with builtins; [ (fromJSON "1") (fromJSON "-1") (fromJSON "1.5") (fromJSON "true") (fromJSON "null") (fromJSON ''"s"'') (fromJSON "1e3") (fromJSON "1E-2") ]
