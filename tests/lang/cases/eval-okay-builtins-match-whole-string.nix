with builtins; [ (match "b" "abc") (match ".*b.*" "abc") ]
