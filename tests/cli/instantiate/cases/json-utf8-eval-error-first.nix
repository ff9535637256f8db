# Nix evaluates the whole value before serialising it: the throw is
# reported, not the bad string before it, and nothing is printed.
[ (builtins.substring 0 1 "é") (throw "z") ]
