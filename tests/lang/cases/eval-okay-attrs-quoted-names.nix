{ "a b" = 1; "" = 2; "1x" = 3; "x.y" = 4; "with-dash" = 5; "it's" = 6; }
