''
  it's 'quoted' here
''
