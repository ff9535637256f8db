let v = "x"; in assert "a${v}b" == "c"; 1
