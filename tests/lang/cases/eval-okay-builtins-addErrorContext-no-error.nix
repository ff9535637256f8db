builtins.addErrorContext "unused context" 42
