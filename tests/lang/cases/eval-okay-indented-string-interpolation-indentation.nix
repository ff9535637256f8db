# Interpolated text is not re-indented; the line starting with ${...} counts
# its leading whitespace for the minimum.
let multi = "x\n  y"; in ''
    a
  ${multi}
    b
''
