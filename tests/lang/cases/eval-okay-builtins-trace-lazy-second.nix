builtins.trace "only this" (builtins.trace "and this" "value")
