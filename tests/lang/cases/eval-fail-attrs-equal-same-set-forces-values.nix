# == compares element-wise even when both sides are the same set.
let s = { a = throw "not forced"; }; in s == s
