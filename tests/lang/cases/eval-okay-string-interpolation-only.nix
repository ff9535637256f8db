let s = "only"; in "${s}"
