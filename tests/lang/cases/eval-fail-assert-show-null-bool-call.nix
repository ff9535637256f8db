assert builtins.isNull (builtins.typeOf true); 1
