builtins.split "a{100000}" "a"
