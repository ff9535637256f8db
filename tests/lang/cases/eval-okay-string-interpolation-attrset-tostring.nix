"${{ __toString = self: "S:${self.v}"; v = "x"; }}"
