map ({ name, value }: "${name}=${value}") [ { name = "a"; value = "1"; } { name = "b"; value = "2"; } ]
