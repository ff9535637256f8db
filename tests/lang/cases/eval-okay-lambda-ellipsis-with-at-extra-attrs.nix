({ a, ... }@s: builtins.removeAttrs s [ "a" ]) { a = 1; b = 2; c = 3; }
