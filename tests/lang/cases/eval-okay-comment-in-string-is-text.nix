[ "# not a comment" "/* nor */" ''
  # still text
'' ]
