# `1.2.3` lexes as the float 1.2 applied to the float .3.
1.2.3
