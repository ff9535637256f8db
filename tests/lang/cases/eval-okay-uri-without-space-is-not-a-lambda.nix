# x:x is a URI, not the identity function.
[ x:x (x: x) ]
