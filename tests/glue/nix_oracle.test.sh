#!/usr/bin/env bash
# Compares the store paths Hearth computes (drvPath, outPath, toFile, path,
# filterSource, "${./file}") with Nix's, for expressions covering
# input-addressed, fixed-output and multi-output derivations, dependencies
# through string contexts, structured attributes and ATerm escaping.
# Runs `nix-instantiate --eval --strict` (Debian's Nix 2.8) on a dummy
# store as the oracle; skipped when it is not installed.
# Usage: nix_oracle.test.sh HEARTH
set -uo pipefail
H=$(realpath "$1")
if ! command -v nix-instantiate >/dev/null; then
  echo "SKIP: nix-instantiate not found"
  exit 0
fi
export NIX_REMOTE=dummy:// NIX_PATH=
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
cd "$dir"
mkdir -p src/sub && printf 'hello\n' > src/a.txt && printf 'x' > src/sub/b.nix
ln -s a.txt src/link && printf '#!/bin/sh\n' > src/run.sh && chmod +x src/run.sh

cat > lib.nix <<'NIX'
rec {
  mk = attrs: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // attrs);
  a = mk { name = "a"; };
  multi = mk { name = "multi"; outputs = [ "out" "dev" "doc" ]; };
  fo = mk { name = "fo"; outputHash = "sha256-LCa0a2j/xo/5m0U8HTBBNBNCLXBkg7+g+YpeiGJm564="; outputHashMode = "recursive"; };
}
NIX

exprs=(
  # input-addressed
  'with import ./lib.nix; [ a.drvPath a.outPath ]'
  'with import ./lib.nix; [ (mk { name = "args"; args = [ "-c" "echo \"hi\" > $out" 1 true null ]; }).drvPath ]'
  'with import ./lib.nix; [ multi.drvPath multi.out.outPath multi.dev.outPath multi.doc.outPath ]'
  'with import ./lib.nix; [ (mk { name = "esc"; s = "quote\" back\\ nl\n tab\t cr\r uni é ${"$"}{x}"; }).drvPath ]'
  'with import ./lib.nix; [ (mk { name = "types"; i = 42; t = true; f = false; n = null; l = [ "a" 1 [ "b" ] ]; }).drvPath ]'
  # fixed-output, every ingestion and hash form
  'with import ./lib.nix; [ fo.drvPath fo.outPath ]'
  'with import ./lib.nix; map (d: d.outPath + " " + d.drvPath) [
     (mk { name = "flat"; outputHash = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"; outputHashAlgo = "sha256"; })
     (mk { name = "flat32"; outputHash = "1bp7cri8hplaz6hbz0v4f0nl44rl84q1sg25kgwqzipzd1mv89ic"; outputHashAlgo = "sha256"; outputHashMode = "flat"; })
     (mk { name = "sha1"; outputHash = "sha1-C+7Hteo/D9vJXQ3UfzxbwnXaijM="; })
     (mk { name = "sha1r"; outputHash = "sha1:0beec7b5ea3f0fdbc95d0dd47f3c5bc275da8a33"; outputHashMode = "recursive"; })
     (mk { name = "sha512"; outputHashAlgo = "sha512"; outputHashMode = "recursive"; outputHash = "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043"; })
   ]'
  # dependencies through contexts
  'with import ./lib.nix; [ (mk { name = "dep"; inherit a; }).drvPath (mk { name = "dep-args"; args = [ "${a}/bin" ]; }).drvPath ]'
  'with import ./lib.nix; [ (mk { name = "dep-multi"; d = multi.dev; o = "${multi}"; }).drvPath ]'
  'with import ./lib.nix; [ (mk { name = "dep-fo"; inherit fo; }).drvPath (mk { name = "dep-fo"; inherit fo; }).outPath ]'
  'with import ./lib.nix; let b = mk { name = "b"; inherit a fo; }; in [ (mk { name = "c"; inherit b; x = multi.doc; }).outPath ]'
  'with import ./lib.nix; [ (mk { name = "drvfile"; d = builtins.unsafeDiscardOutputDependency a.drvPath; }).drvPath ]'
  # sources
  'builtins.toFile "t.txt" "hello\n"'
  'let f = builtins.toFile "inner" "i"; in builtins.toFile "outer" "see ${f} and ${./src/a.txt}"'
  'with import ./lib.nix; [ (mk { name = "src"; s = ./src; f = ./src/a.txt; t = builtins.toFile "x" "y"; }).drvPath ]'
  '[ "${./src}" "${./src/a.txt}" ("x" + ./src/run.sh) ]'
  '[ (builtins.path { path = ./src; }) (builtins.path { path = ./src; name = "renamed"; }) (builtins.path { path = ./src/a.txt; recursive = false; }) ]'
  '[ (builtins.path { path = ./src; filter = p: t: t != "symlink"; }) (builtins.filterSource (p: t: baseNameOf p != "sub") ./src) ]'
  'builtins.toJSON { p = ./src/a.txt; }'
  # attributes with a meaning
  'with import ./lib.nix; [ (mk { name = "nulls"; __ignoreNulls = true; x = null; y = "y"; }).drvPath (mk { name = "nulls"; x = null; y = "y"; }).drvPath ]'
  'with import ./lib.nix; [ (mk { name = "paf"; passAsFile = [ "big" ]; big = "lots"; }).drvPath ]'
  'with import ./lib.nix; [ (mk { name = "ph"; p = builtins.placeholder "out"; }).drvPath ]'
  'with import ./lib.nix; [ (mk { name = "st"; __structuredAttrs = true; outputs = [ "out" "lib" ]; i = 1; b = true; n = null; l = [ 1 "a" { x = "y"; } ]; s = { nested = [ ]; e = "q\"\n\t\u0001"; }; dep = a; src = ./src/a.txt; }).drvPath ]'
)

status=0
for e in "${exprs[@]}"; do
  want=$(nix-instantiate --eval --strict -E "$e" 2>&1)
  got=$("$H" instantiate --eval --strict -E "$e" 2>&1)
  if [[ "$want" != "$got" ]]; then
    echo "MISMATCH: $e"
    echo "  nix:    $want"
    echo "  hearth: $got"
    status=1
  fi
done
((status == 0)) && echo "all ${#exprs[@]} expressions agree with $(nix-instantiate --version)"

# Without --eval: the .drv files, sources and text files written to a
# store must be byte for byte Nix's, and so must the printed paths.
cat > top.nix <<'NIX'
with import ./lib.nix;
let
  src = mk { name = "src"; s = ./src; t = builtins.toFile "t" "x ${./src/a.txt}"; };
  m = mk { name = "m"; outputs = [ "out" "dev" ]; inherit src fo; };
in { inherit src m; b = mk { name = "b"; d = m.dev; deep = src.drvPath; }; dev = m.dev; n = 1; }
NIX
want=$(nix-instantiate --store "$dir/nix-root" top.nix 2>/dev/null)
got=$(HEARTH_STORE="$dir/hearth-root" "$H" instantiate top.nix 2>/dev/null)
if [[ "$want" != "$got" ]]; then
  printf 'MISMATCH in printed .drv paths:\n  nix:    %s\n  hearth: %s\n' "$want" "$got"
  status=1
fi
compared=0
for p in "$dir"/nix-root/nix/store/*; do
  [[ $p == *.lock || ! -e $p ]] && continue
  name=${p##*/}
  compared=$((compared + 1))
  if ! diff -r "$p" "$dir/hearth-root/nix/store/$name" >/dev/null 2>&1; then
    echo "MISMATCH in the store: $name"
    status=1
  fi
done
((compared >= 5)) || { echo "nix-instantiate wrote $compared store paths, expected at least 5"; status=1; }
((status == 0)) && echo "instantiate: $compared store paths identical"
chmod -R u+w "$dir" 2>/dev/null
exit $status
