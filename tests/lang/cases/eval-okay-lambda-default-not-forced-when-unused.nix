({ a ? throw "unused default" }: "ok") { }
