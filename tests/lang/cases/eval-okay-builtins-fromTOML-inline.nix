builtins.fromTOML ''
  a = 1
  b = "two"
  c = [ "x", "y" ]
  d = { e = true, f = 1.5 }
  g = 'literal \n'
  h = """
  multi
  line"""
  i = 0x10
  j = 1_000
''
