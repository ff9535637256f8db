# `.1` is a float literal, so this applies the set to 0.1.
{ a = 1; }.1
