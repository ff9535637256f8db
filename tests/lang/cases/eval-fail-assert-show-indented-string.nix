assert ''
  multi
'' == "x"; 1
