builtins.typeOf "${./lib/data.txt}"
