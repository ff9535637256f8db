let s = { foo = 1; foobar = 2; bar = 3; }; in s.fooo
