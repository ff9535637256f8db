# The same value reachable twice is printed in full both times.
let v = { x = 1; }; in { a = v; b = v; l = [ v v ]; }
