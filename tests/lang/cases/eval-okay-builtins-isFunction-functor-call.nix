let f = { __functor = self: { a }: a; }; in f { a = "via functor"; }
