builtins.path { path = ./lib/data.txt; name = "renamed"; }
