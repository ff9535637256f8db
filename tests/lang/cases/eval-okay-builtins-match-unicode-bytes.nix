builtins.match "(.)(.*)" "éa"
