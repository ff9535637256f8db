let b = a + 1; a = 1; in b
