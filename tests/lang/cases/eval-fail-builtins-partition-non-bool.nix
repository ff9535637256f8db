builtins.partition (x: 1) [ 1 ]
