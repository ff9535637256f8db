# A path appended to a string is copied to the store first.
"prefix:" + ./lib/answer.nix
