builtins.zipAttrsWith (n: vs: vs) [ { a = "first"; } { a = "second"; } { a = "third"; } ]
