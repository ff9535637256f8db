# mapAttrs' f name value applies f to the name in a call of its own.
let f = n: if n == 0 then 0 else 1 + (builtins.mapAttrs (k: f) { a = n - 1; }).a; in f 20000
