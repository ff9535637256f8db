# split walks the matches as std::sregex_iterator does: after an empty match
# it first tries a non-empty one at the same place; a greedy repeat that
# matched is not retried shorter, so "a" wins over "ab" below.
with builtins; [
  (split "a*(ab)?" "ab")
  (split "(a|ab)(c|bcd)(d*)" "abcd")
  (split "^" "ab")
  (split "$" "ab")
  (split "^a" "aaa")
  (split "b*" "abba")
  (split "(x)?" "ax")
  (split "" "abc")
  (split "(a)|b" "ab")
]
