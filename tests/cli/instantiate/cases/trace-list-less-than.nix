# List elements are forced from no position: no call site, and no
# "comparing two list elements" frame for the first, equal-test, step.
(builtins.map (x: x + "a") [ 1 ]) < [ 1 ]
