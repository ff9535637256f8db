(builtins.tryEval { a = 1; }).value.a
