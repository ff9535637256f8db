let k = "zz"; in { a = 1; }.${k}
