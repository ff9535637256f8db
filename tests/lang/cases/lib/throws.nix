{ x = throw "thrown from lib"; y = 1; }
