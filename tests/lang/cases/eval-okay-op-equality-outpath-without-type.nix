# Without type = "derivation", every attribute is compared.
{ outPath = "/a"; x = 1; } == { outPath = "/a"; x = 2; }
