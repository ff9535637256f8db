builtins.fromTOML ''
  a = "x"
  [a.b]
''
