let a = { }; in a.${x} or y
