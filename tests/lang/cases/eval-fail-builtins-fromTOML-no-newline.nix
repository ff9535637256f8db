builtins.fromTOML ''
  a = 1 b = 2
''
