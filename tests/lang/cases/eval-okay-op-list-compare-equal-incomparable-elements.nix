# Equal elements are skipped before ordering is asked for, so sets are fine here.
[ ([ { } ] < [ { } ]) ([ { a = 1; } 1 ] < [ { a = 1; } 2 ]) ]
