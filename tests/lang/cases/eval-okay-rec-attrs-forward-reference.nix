rec { c = b * 10; b = a + 1; a = 1; }
