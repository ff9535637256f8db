{ "if" = 1; "let" = 2; "rec" = 3; "true" = 4; "null" = 5; "or" = 6; }
