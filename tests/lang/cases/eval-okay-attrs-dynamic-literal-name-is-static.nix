# ${"a"} with a constant string is an ordinary static name, visible in rec.
rec { ${"a"} = 1; b = a; }
