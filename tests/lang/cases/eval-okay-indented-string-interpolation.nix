let name = "N"; in ''
  hello ${name}
    and ${"${name}${name}"}
''
