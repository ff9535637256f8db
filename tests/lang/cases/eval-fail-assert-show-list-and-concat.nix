assert builtins.elem 3 ([ 1 2 ] ++ [ ]); 1
