# Lines of spaces only: no line sets the minimum indentation, so each loses all
# its leading spaces (the last one is dropped).
[
  ''
    
      
  ''
  ''
      
    ''
  ''
    
  ${"a"}
    ''
]
