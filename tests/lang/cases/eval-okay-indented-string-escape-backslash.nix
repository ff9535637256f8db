''
  newline:''\n tab:''\t cr:''\r quote:''\' other:''\x backslash:''\\
''
