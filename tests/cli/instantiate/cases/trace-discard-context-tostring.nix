builtins.unsafeDiscardStringContext { __toString = s: throw "a"; }
