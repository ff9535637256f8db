# A cycle cannot be ordered; the generation fails naming it.
{ lib, ... }:
{
  home.activation = {
    a = lib.hm.dag.entryAfter [ "b" ] "echo a";
    b = lib.hm.dag.entryAfter [ "a" ] "echo b";
  };

  test.expected."activation-order" = ./order-expected.txt;
}
