let
  a = 1;
  b = [ 1 2 ;
in
  a
