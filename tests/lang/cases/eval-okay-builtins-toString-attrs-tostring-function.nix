toString { __toString = self: "custom ${toString self.n}"; n = 3; }
