{ a = 1; b = [ 2 { c = throw "stop"; } ]; d = 3; }
