# The scope expression is only forced when a variable is looked up through it.
with (throw "not forced"); 1
