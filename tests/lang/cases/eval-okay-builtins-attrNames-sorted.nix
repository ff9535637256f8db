builtins.attrNames { z = 1; a = 2; B = 3; "1" = 4; "" = 5; }
