({ a = throw "left"; b = 1; } // { a = 2; }).a
