# a || b -> c parses as (a || b) -> c
false || true -> false
