# Bindings by name (interned order), then the body.
let zz = y; map = x; in z
