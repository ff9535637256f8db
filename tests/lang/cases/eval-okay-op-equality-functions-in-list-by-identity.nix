# Inside lists and sets, identical function values compare equal.
let f = x: x; in [ ([ f ] == [ f ]) ({ a = f; } == { a = f; }) ([ (x: x) ] == [ (x: x) ]) ]
