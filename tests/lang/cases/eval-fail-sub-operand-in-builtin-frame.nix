"a" - (throw "x")
