let __findFile = a: b: b; in assert <x> == http://e.org; 1
