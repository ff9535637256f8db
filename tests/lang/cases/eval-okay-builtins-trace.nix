builtins.trace "traced message" "result"
