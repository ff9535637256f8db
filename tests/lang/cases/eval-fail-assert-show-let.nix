assert let a = false; in a; 1
