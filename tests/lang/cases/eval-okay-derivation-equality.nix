let mk = n: derivation { name = n; system = "x"; builder = "/bin/sh"; }; in [ (mk "a" == mk "a") (mk "a" == mk "b") ]
