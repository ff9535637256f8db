builtins.fromJSON ''{ "ключ": "\u0437" }''
