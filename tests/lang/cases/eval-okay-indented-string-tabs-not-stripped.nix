''
	tab-indented
	stays
''
