with builtins; [ (match "([[:alpha:]]+)([[:digit:]]+)" "abc123") (match "[a-c]+" "abcabc") (match "([^ ]*) (.*)" "first rest of it") ]
