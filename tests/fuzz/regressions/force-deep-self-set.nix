# --strict prints a set that contains itself without looping.
let s = { a = 1; me = s; }; in s
