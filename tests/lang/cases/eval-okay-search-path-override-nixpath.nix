let __nixPath = [ { prefix = "p"; path = ./lib/search/hearth; } ]; in import <p/x.nix>
