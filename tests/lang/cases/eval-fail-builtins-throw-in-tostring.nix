toString { __toString = self: throw "from __toString"; }
