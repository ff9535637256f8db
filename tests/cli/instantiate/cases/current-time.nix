# __currentTime is a value (a number even unforced); builtins.currentTime
# and a `with` lookup are thunks. The sed script hides the number.
with builtins; [ __currentTime builtins.currentTime currentTime ]
