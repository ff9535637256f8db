# Without --json, bytes are printed as they are.
[ (builtins.substring 0 1 "é") (builtins.substring 1 1 "é") ]
