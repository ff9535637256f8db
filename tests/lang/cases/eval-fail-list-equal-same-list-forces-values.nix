let l = [ (throw "not forced") ]; in l == l
