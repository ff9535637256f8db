with builtins; [ (match "a(b)c" "abc") (match "a(b)c" "abcd") (match "abc" "abc") (match "(a)(b)?(c)" "ac") (match ".*" "") ]
