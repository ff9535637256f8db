map toString [ 0.1 1.0e-7 (1.0 / 3) 1.0e15 ]
