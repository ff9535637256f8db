[ 1 2 (1 + null) ]
