x: { y = x; z = x + 1; }
