# The argument frame is only for a value that cannot be coerced.
builtins.unsafeDiscardStringContext (throw "a")
