{ foo1 = 1; foo2 = 2; foo3 = 3; foo4 = 4; }.foo
