# --strict --json forces only what it prints: a set with outPath is its outPath.
{ outPath = "x"; b = throw "not forced"; }
