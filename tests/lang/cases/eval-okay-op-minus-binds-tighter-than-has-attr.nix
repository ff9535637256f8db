# Negation binds tighter than `?`, which binds tighter than ++.
[ (-1) ] ++ [ ({ a = 1; } ? a) ]
