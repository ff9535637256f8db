builtins.warn "this is a warning" "value"
