''
  ''$x is literal
  '''quoted
  ''\tab
''
