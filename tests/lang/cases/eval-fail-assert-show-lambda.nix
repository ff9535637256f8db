assert builtins.isList (x: { a, b ? 1, ... }@args: x); 1
