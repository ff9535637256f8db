# `#` starts a comment even mid-expression, so the list is never closed.
[ 1 # 2 ]
