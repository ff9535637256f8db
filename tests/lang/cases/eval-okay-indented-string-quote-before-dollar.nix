''
  it's $5 and '$'
''
