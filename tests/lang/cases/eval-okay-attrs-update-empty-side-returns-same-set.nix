# Updating with an empty set yields the other operand itself, so --strict prints «repeated».
let s = { a = 1; }; in [ (s // { }) ({ } // s) ]
