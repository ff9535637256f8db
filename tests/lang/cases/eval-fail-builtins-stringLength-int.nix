builtins.stringLength 1
