{ a = [ 1 "s" ]; b = true; }
