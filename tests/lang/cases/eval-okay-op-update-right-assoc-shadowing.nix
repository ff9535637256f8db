let a = { x = "a"; }; b = { x = "b"; y = "b"; }; c = { y = "c"; }; in a // b // c
