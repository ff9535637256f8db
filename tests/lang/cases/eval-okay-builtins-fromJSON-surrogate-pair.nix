builtins.fromJSON ''"\ud83d\ude00"''
