# An interpolation at a smaller indentation sets the minimum.
let v = "V"; in ''
      deep
  ${v}
''
