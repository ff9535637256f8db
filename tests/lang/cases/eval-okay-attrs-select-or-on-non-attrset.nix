# `or` also catches selecting from something that is not a set.
[ ((1).a or "d1") ("s".a or "d2") (null.x.y or "d3") ]
