builtins.split "([0-9])([a-z])?" "1a2-3b"
