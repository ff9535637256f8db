let x = { a = [ x ]; }; in builtins.toXML x
