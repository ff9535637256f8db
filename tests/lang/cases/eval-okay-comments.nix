# line comment
/* block
   comment */ 1 /* inline */ + # trailing
  2 /**/ + 3 /* * / ** */
