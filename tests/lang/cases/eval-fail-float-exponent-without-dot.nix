# 1e3 is the integer 1 applied to the variable e3.
1e3
