with { a = 1; b = 2 + 0; }; [ a b ]
