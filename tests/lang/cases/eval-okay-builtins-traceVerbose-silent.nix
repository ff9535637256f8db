builtins.traceVerbose "not printed without --trace-verbose" "value"
