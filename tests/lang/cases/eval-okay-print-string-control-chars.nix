[ (builtins.fromJSON ''"\u0001"'') (builtins.fromJSON ''"\u001b[0m"'') (builtins.fromJSON ''"\u007f"'') ]
