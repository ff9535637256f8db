# home.activation is a DAG: entries keep their constraints against the
# standard steps, plain strings go anywhere (ties sort by name), and
# entriesBetween chains a list.
{ lib, ... }:
{
  home.activation = {
    afterLinks = lib.hm.dag.entryAfter [ "linkGeneration" ] "echo after links";
    beforeBoundary = lib.hm.dag.entryBefore [ "writeBoundary" ] "echo checking";
    anywhere = "echo anywhere";
  }
  // lib.hm.dag.entriesBetween "step" [ "onFilesChange" ] [ "installPackages" ] [
    "echo one"
    "echo two"
  ];

  test.expected = {
    "activation-order" = ./order-expected.txt;
    "activation/step-1" = ./order-expected-step-1.sh;
  };
}
