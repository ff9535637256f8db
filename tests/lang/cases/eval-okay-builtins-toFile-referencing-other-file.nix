builtins.toFile "ref" "see ${builtins.toFile "inner" "i"}"
