''
  no newline at end''
