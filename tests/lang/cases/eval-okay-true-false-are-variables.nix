# true, false and null are ordinary variables and may be shadowed.
let true = false; in true
