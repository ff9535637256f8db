({ a ? throw "unused default" }: "ok") { a = 1; }
