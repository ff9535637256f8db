# The set is returned successfully, then --strict forces the throw.
builtins.tryEval { a = throw "later"; }
