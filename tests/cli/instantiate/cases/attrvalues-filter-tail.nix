[ (builtins.attrValues { a = 1; b = 1 + 1; }) (builtins.filter (x: true) [ 1 (1 + 1) ]) (builtins.tail [ 1 (1 + 1) 3 ]) ]
