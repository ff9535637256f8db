# Nix counts builtin calls toward max-call-depth, and `n - 1` is one (of
# __sub): forced by the next call's condition, it is the call that fails.
let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 20000
