let f = b: if b then "t" else "f"; in map f [ true false ]
