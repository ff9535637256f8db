# A path never equals a string, even with the same text.
/a/b == "/a/b"
