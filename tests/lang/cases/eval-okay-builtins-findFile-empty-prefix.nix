import (builtins.findFile [ { prefix = ""; path = ./lib/search; } { prefix = ""; path = ./lib/search2; } ] "only2.nix")
