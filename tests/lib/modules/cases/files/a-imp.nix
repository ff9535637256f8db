{ l = [ "a-imp" ]; }
