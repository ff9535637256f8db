# A string on the left makes the result a string; the path is copied in.
builtins.typeOf ("" + ./lib/answer.nix)
