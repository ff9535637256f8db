{ s }: builtins.typeOf s + ":" + s
