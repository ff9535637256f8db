# sort with lessThan itself compares directly, framed as the ordering.
builtins.sort builtins.lessThan [ 1 "x" ]
