builtins.fromTOML ''
  a = 1__0
''
