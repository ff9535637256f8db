let a = "A"; in "x${"y${a}z${"${a}${a}"}"}w"
