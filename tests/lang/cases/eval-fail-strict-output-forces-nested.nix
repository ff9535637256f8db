# The top-level result is forced deeply by --strict.
{ a = { b = [ 1 (throw "nested") ]; }; }
