# Undefined variables are a static error, even in code never evaluated.
let unused = nope; in 1
