builtins.fromTOML "a = \"x\\u0000y\""
