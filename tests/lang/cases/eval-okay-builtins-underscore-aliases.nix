[ (__add 1 2) (__length [ 1 ]) (__typeOf __filter) (__filter (x: x > 1) [ 1 2 3 ]) ]
