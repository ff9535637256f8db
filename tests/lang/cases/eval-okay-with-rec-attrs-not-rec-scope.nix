# with does not make a set recursive: inside the set, `a` is not in scope via with.
let s = { a = 1; }; in with s; { b = a; a = 2; }
