assert (1 + 2 * 3 - 4 / 2 < 0) || false && !true; 1
