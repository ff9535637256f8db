# lib.filesystem.packagesFromDirectoryRecursive over tests/lib/packages-tree
# (hello.nix, tools/fmt.nix, tools/inner/deep.nix, bundled/package.nix with
# a sibling that must not be read, README.txt ignored), resolveDefaultNix
# and haskellPathsInDir (over tests/lib/haskell-tree).
{ lib }:
with lib;
let
  dir = ../packages-tree;
  base = { greeting = "world"; };
  plain = packagesFromDirectoryRecursive {
    callPackage = callPackageWith base;
    directory = dir;
  };
  # With newScope each directory is a scope: packages see their siblings and
  # the scopes above them.
  newScope = extra: callPackageWith (base // extra);
  scoped = packagesFromDirectoryRecursive {
    callPackage = callPackageWith base;
    inherit newScope;
    directory = dir;
  };
in
{
  testPlainNames = { expr = attrNames plain; expected = [ "bundled" "hello" "tools" ]; };
  testPlainValues = {
    expr = [ plain.hello plain.bundled plain.tools.fmt plain.tools.inner.deep (attrNames plain.tools) ];
    expected = [ "hello world" "bundled world" "fmt after none" "deep sees none" [ "fmt" "inner" ] ];
  };
  testScoped = {
    expr = [ scoped.hello scoped.tools.fmt scoped.tools.inner.deep scoped.recurseForDerivations scoped.tools.recurseForDerivations ];
    expected = [ "hello world" "fmt after hello world" "deep sees fmt after hello world" true true ];
  };
  testPackageDirectory = {
    expr = packagesFromDirectoryRecursive { callPackage = callPackageWith base; directory = dir + "/bundled"; };
    expected = "bundled world";
  };
  testResolveDefaultNix = {
    expr = [ (resolveDefaultNix dir) (resolveDefaultNix (dir + "/hello.nix")) (resolveDefaultNix "/x/") (resolveDefaultNix "/x/y.nix") (resolveDefaultNix (dir + "/missing")) ];
    expected = [ (dir + "/default.nix") (dir + "/hello.nix") "/x/default.nix" "/x/y.nix" (dir + "/missing") ];
  };
  # haskell-tree: foo/foo.cabal counts, bar/other.cabal and baz/ do not.
  testHaskellPathsInDir = { expr = haskellPathsInDir ../haskell-tree; expected = { foo = ../haskell-tree/foo; }; };
}
