{ "if" = 1; "then" = 2; "inherit" = 3; }."inherit"
