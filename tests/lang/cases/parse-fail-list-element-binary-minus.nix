# List elements are selects, so `1 -1` cannot be two elements.
[ 1 -1 ]
