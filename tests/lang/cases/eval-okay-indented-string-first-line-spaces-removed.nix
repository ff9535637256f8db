# The first line, when it holds only whitespace, is dropped.
''    
  text
''
