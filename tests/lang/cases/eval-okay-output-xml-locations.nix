{ a = [ 1 (1 + 1) ]; f = args@{ a, ... }: a; g = x: x; n = { c = 1; }; t = builtins.toString 1; r = rec { x = 1; }; i = builtins.listToAttrs [ { name = "z"; value = 2; } ]; }
