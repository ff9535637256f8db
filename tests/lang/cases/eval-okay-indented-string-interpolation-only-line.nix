let v = "x"; in ''
  ${v}''
