abort { a = 1; }
