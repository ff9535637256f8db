# Lines of only spaces shorter than the indentation are kept as empty lines.
''
    a
  
    b
''
