# zipAttrsWith forces its function first: a call site from the start.
builtins.zipAttrsWith (n: vs: n + 1) [ { a = 1; } { b = 2; } ]
