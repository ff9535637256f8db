''
  three ''' quotes
  ends with '''
''
