builtins.split "[z-a]" "a"
