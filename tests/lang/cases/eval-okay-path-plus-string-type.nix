builtins.typeOf (./lib + "/x")
