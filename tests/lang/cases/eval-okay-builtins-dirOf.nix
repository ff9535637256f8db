with builtins; [ (dirOf "/a/b/c") (dirOf "/a") (dirOf "a") (dirOf "a/b") (dirOf "/") (dirOf "") (dirOf "a//b") ]
