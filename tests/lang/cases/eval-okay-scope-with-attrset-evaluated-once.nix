let s = builtins.trace "with scope forced" { a = 1; b = 2; }; in with s; a + b
