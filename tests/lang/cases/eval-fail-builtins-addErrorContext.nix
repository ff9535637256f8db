builtins.addErrorContext "while doing the hearth thing" (throw "inner failure")
