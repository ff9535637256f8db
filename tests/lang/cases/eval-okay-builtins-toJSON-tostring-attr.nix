builtins.toJSON { __toString = self: "ignored"; a = 1; }
