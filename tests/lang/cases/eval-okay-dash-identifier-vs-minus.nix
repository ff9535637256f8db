let a = 10; b = 3; a-b = "ident"; in [ a-b (a - b) ]
