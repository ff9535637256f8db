{ a = { b = "selected"; }; c = throw "not selected"; }
