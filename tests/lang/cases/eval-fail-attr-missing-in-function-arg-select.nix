({ a }: a.missing) { a = { present = 1; }; }
