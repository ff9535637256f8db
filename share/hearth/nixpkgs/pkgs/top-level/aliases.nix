# Old names nixpkgs still answers to; dropped when config.allowAliases is
# false. The Debian layer's aliases belong to that layer.
{ lib }:
final: prev: {
  runCommandNoCC = final.runCommand;
  runCommandNoCCLocal = final.runCommandLocal;
  gnused_422 = final.gnused;
  bash_5 = final.bash;
  xzcat = final.xz;
}
