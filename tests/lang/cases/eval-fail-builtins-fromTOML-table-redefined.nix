builtins.fromTOML ''
  [t]
  a = 1
  [t]
''
