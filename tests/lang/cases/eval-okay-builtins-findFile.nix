builtins.findFile [ { prefix = "h"; path = ./lib/search/hearth; } { prefix = ""; path = ./lib/search2; } ] "h/x.nix"
