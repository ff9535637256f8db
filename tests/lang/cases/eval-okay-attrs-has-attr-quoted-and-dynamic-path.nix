let s = { "a b" = { c = 1; }; }; k = "c"; in [ (s ? "a b".c) (s ? "a b".${k}) (s ? "a b".d) ]
