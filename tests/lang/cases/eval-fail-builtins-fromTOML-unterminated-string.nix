builtins.fromTOML ''
  a = "abc
''
