# The missing argument is shown from a call site without a position.
builtins.filter ({ a }: a) [ { } ]
