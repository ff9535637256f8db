with builtins; [ (split "," "a,b,c") (split "(,)" "a,b") (split "x" "abc") (split "a*" "baaac") ]
