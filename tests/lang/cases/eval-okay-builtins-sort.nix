with builtins; [ (sort lessThan [ 3 1 2 ]) (sort (a: b: a > b) [ 3 1 2 ]) (sort lessThan [ "b" "a" "c" ]) (sort lessThan [ ]) ]
