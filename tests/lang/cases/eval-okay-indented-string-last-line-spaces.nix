''
  text
    ''
