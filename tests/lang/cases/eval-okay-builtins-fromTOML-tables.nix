# Tables: headers, implicit parents, dotted keys, arrays of tables (whose
# sub-tables go into the last element), inline tables and nested arrays.
builtins.fromTOML ''
  # comment
  top = 1
  a.b.c = 1
  a.b.d = 2
  "quoted.key" = 3
  'literal' = 4
  x . y = 5
  "" = 6

  [server]
  host = "x" # trailing comment
  ports = [ 80, 443, ]

  [server.tls]
  enabled = true

  [deep.er.table]
  v = 1

  [deep]
  w = 2

  [[products]]
  name = "Hammer"
  sku = 738594937

  [[products]]

  [[products]]
  name = "Nail"
  [products.dims]
  len = 3

  [inline]
  t = { a = 1, b = { c = [ 1, { d = 2 } ] }, e.f = 3 }
  empty = {}
  arr = [ [ 1, 2 ], [ "a" ], [] ]
  multi = [
    1, # one
    2
  ]
''
