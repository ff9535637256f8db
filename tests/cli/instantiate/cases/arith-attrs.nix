let x = 1; in { a = x + 0; b = x - 0; c = x * 1; d = x / 1; }
