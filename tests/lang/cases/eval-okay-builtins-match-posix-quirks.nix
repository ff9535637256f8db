# Nix matches with libstdc++'s std::regex (extended grammar): every
# alternative is tried and the longest kept, a group keeps its value from an
# earlier round, and an empty round may follow the last real one.
with builtins; [
  (match "(a|ab)(c|bcd)(d*)" "abcd")
  (match "(a|(b))*" "ba")
  (match "(a*)+" "aa")
  (match "(a*)*" "")
  (match "(a*)*" "b")
  (match "(a|ab)*c" "ababc")
  (match "(a{1,2}){2}" "aaa")
  (match "x(.*)(.*)y" "xaby")
  (match "([ab]*)(b*)" "aabb")
  (match "((a)|b)+" "ab")
  (match "(a?)((ab)?)(b?)" "ab")
]
