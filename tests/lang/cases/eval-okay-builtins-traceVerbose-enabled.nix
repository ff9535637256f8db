builtins.traceVerbose "printed" "value"
