let f = x: x; in assert f == f; 1
