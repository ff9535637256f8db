# The set that `a.b = ...; a.c = ...;` builds for `a` must be sorted like any
# other, or `//` keeps both `c`s. Found by the differential test (DIFF_SEED=3).
[
  ({ c = 1; } // { a.b = 1; a.c = 2; }.a)
  (builtins.attrNames ({ a = 2; c = 1; x = 3; } // { a.c = 0; a.b = 3; }.a))
  { a.x.y = 1; a.b = 2; a.x.z = 3; }
]
