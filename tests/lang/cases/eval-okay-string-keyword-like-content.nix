[ "if" "then" "let" "in" "rec" "with" "inherit" "or" "assert" ]
