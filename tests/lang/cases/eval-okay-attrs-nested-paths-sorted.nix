# Nested sets built from attribute paths must be looked up correctly
# whatever order their names were first seen in.
let
  left = 1;
  t = { nested.right = "r"; nested.left = "l"; z.y.b = 2; z.y.a = 1; };
in [ t.nested.left t.nested.right t.z.y.a (with t.nested; left) ]
