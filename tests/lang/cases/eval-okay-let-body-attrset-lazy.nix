let { x = throw "unused"; body = "b"; }
