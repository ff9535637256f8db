let f = x: { y }: x + y; in f 1 { y = 2; }
