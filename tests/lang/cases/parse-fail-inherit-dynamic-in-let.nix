let k = "a"; in let inherit ${k}; in 1
