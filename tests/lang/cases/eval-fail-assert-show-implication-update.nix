assert true -> ({ a = 1; } // { b = 2; }) == { }; 1
