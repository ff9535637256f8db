let a = "outer"; in rec { a = "inner"; b = a; }
