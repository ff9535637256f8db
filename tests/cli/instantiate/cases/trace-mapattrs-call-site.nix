# From the second attribute on, the function passed to mapAttrs has been
# forced, so Nix shows where it was written as the call site.
builtins.mapAttrs (n: v: v + 1) { a = 1; b = "x"; }
