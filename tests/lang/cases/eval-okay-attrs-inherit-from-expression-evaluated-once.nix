let r = { inherit (builtins.trace "evaluated" { a = 1; b = 2; }) a b; }; in r.a + r.b
