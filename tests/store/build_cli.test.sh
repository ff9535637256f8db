#!/usr/bin/env bash
# `hearth build` against Nix 2.8's nix-build: the same .drv files (made by
# nix-instantiate) built by both give the same output paths, NAR hashes
# and references; plus nix-build's links, output, exit codes, --dry-run,
# and two `hearth build` processes racing for one path.
set -euo pipefail
hearth=$(realpath "$1")
command -v nix-instantiate >/dev/null || { echo "nix-instantiate is not installed (scripts/deps.sh installs nix-bin)"; exit 1; }
if ! unshare --user --map-root-user --mount --pid --net --fork true 2>/dev/null; then
  echo "skip: this host cannot create the namespaces a build sandbox needs"
  exit 0
fi
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export HOME=$tmp NIX_STATE_DIR=$tmp/nix-state
cd "$tmp"

cat >d.nix <<'NIX'
let
  mk = a: derivation ({ system = builtins.currentSystem; builder = "/bin/sh"; PATH = "/usr/bin:/bin"; } // a);
  a = mk { name = "a"; args = [ "-c" "echo a > $out" ]; };
  b = mk { name = "b"; args = [ "-c" "mkdir -p $out/bin; cat ${a} > $out/a; printf '#!/bin/sh\\necho b\\n' > $out/bin/b; chmod +x $out/bin/b; ln -s ${a} $out/link" ]; };
  c = mk { name = "c"; args = [ "-c" "echo ${b}/bin/b > $out; echo building c" ]; };
in {
  inherit a b c;
  multi = mk { name = "multi"; outputs = [ "out" "dev" ]; args = [ "-c" "echo ${a} > $out; echo $out > $dev" ]; };
  fod = mk { name = "fod"; outputHashAlgo = "sha256"; outputHash = "0000000000000000000000000000000000000000000000000000"; args = [ "-c" "printf abc > $out" ]; };
  fail = mk { name = "fail"; args = [ "-c" "echo oops; exit 4" ]; };
  slow = mk { name = "slow"; args = [ "-c" "echo start; sleep 1; echo $RANDOM > $out" ]; };
}
NIX

failed=0
check() { # name, expected, actual
  if [[ "$2" == "$3" ]]; then echo "ok: $1"; else echo "FAIL: $1"; echo "  expected: $2"; echo "  actual:   $3"; failed=1; fi
}
H=$tmp/h       # hearth's store root; nix-instantiate writes .drv files into it too
N=$tmp/n       # Nix's own store root
inst() { nix-instantiate --store "local?root=$H" d.nix -A "$1" 2>/dev/null; }
nixb() { nix-build --store "local?root=$N" --option sandbox-paths "/bin /usr /lib /lib64" \
           --option substituters "" --option build-users-group "" --no-out-link d.nix -A "$1" 2>/dev/null; }
hb() { "$hearth" build --store "$H" "$@"; }

# Same outputs as Nix.
drv_c=$(inst c)
out=$(hb "$drv_c" 2>"$tmp/err")
check "c: output path" "$(nixb c)" "$out"
check "c: result link" "$out" "$(readlink result)"
check "c: log shown" "building c" "$(grep -x 'building c' "$tmp/err")"
nixdump() { nix-store --dump "$N$1" | sha256sum; }
hdump() { "$hearth" store --store "$H" dump "$1" | sha256sum; }
for p in $(nix-store --store "local?root=$N" -qR "$(nixb c)" 2>/dev/null); do
  check "nar $p" "$(nixdump "$p")" "$(hdump "$p")"
  check "references $p" "$(nix-store --store "local?root=$N" -q --references "$p" 2>/dev/null | sort)" \
    "$("$hearth" store --store "$H" query --references "$p" | sort)"
done
check "verify" "0" "$("$hearth" store --store "$H" verify --check-contents >/dev/null 2>&1; echo $?)"

# Evaluating the file gives the same derivations; -A of one output links it.
check "eval: c" "$out" "$(hb d.nix -A c --no-out-link 2>/dev/null)"
hb d.nix -A multi.dev -o md >/dev/null 2>&1
check "eval: multi.dev" "md-dev" "$(echo md*)"

# Building again does nothing and says nothing.
check "rebuild is silent" "$out|" "$(hb "$drv_c" --no-out-link 2>"$tmp/err")|$(cat "$tmp/err")"

# Multiple outputs and targets: result, result-dev, result-2.
drv_m=$(inst multi); drv_a=$(inst a)
hb "$drv_m" "$drv_a" -o r >/dev/null 2>&1
check "links" "r r-2 r-dev" "$(echo r r-*)"
check "dev output" "$(nixb multi.dev)" "$(readlink r-dev)"

# --dry-run lists what would be built, sorted, and builds nothing.
drv_s=$(inst slow); drv_f=$(inst fail)
check "dry-run" "this derivation will be built:
  $drv_s" "$(hb --dry-run "$drv_s" 2>&1)"
out_s=$(nix-store --store "local?root=$H" -q --outputs "$drv_s" 2>/dev/null)
check "dry-run built nothing" "1" "$("$hearth" store --store "$H" path-info "$out_s" >/dev/null 2>&1; echo $?)"

# Failures: exit codes and messages as nix-build's.
set +e
hb "$drv_f" --no-out-link >/dev/null 2>"$tmp/err"; code=$?
set -e
check "fail: exit 100" "100" "$code"
check "fail: message" "oops
error: builder for '$drv_f' failed with exit code 4" "$(grep -v '^this\|^  /\|^building' "$tmp/err")"
set +e
hb -Q "$drv_f" --no-out-link >/dev/null 2>"$tmp/err"
hb "$(inst fod)" --no-out-link >/dev/null 2>"$tmp/err2"; code=$?
set -e
check "fail -Q: tail" "error: builder for '$drv_f' failed with exit code 4;
       last 1 log lines:
       > oops
       For full logs, run:
         hearth store log $drv_f" "$(grep -v '^this\|^  /\|^building' "$tmp/err")"
check "fod: exit 102" "102" "$code"

# Kept logs, read back as nix-store --read-log reads Nix's: by derivation,
# by output path, through a result link; a failed build's too.
hlog() { "$hearth" store --store "$H" log "$@"; }
check "log: drv" "$(nix-store --store "local?root=$N" --read-log "$(nixb c)" 2>/dev/null)" "$(hlog "$drv_c")"
check "log: output" "building c" "$(hlog "$out")"
check "log: result link" "building c" "$(hlog result)"
check "log: failed build" "oops" "$(hlog "$drv_f")"
# A silent build keeps no log file, and its log reads as Nix's: empty.
check "log: silent build" "$(nix-store --store "local?root=$N" --read-log "$(nixb a)" 2>/dev/null)|0" \
  "$(hlog "$drv_a")|$?"
check "log: silent build's output" "|0" "$(hlog "$(nixb a)")|$?"
base_a=$(basename "$drv_a")
check "log: silent build has no file" "no" \
  "$([[ -e $H/nix/var/log/hearth/drvs/${base_a:0:2}/${base_a:2} ]] && echo yes || echo no)"
check "log: two paths" "building c
oops" "$(hlog "$drv_c" "$drv_f")"
src=$("$hearth" store --store "$H" add d.nix)
set +e
hlog "$src" >/dev/null 2>"$tmp/err"; code=$?
set -e
check "log: none" "1|error: build log of '$src' is not available" "$code|$(cat "$tmp/err")"
check "fod: message" "error: hash mismatch in fixed-output derivation '$(inst fod)':
         specified: sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
            got:    sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=" "$(grep -v '^this\|^  /\|^building' "$tmp/err2")"

# Two processes racing for one path: one builds, the other waits and finds it.
hb "$drv_s" -o s1 >"$tmp/o1" 2>"$tmp/e1" & p1=$!
hb "$drv_s" -o s2 >"$tmp/o2" 2>"$tmp/e2" & p2=$!
wait $p1; wait $p2
check "race: same path" "$(cat "$tmp/o1")" "$(cat "$tmp/o2")"
check "race: built once" "1" "$(cat "$tmp/e1" "$tmp/e2" | grep -c '^start$')"
check "race: verify" "0" "$("$hearth" store --store "$H" verify --check-contents >/dev/null 2>&1; echo $?)"

# The result link is a GC root.
"$hearth" store --store "$H" gc >/dev/null 2>&1
check "gc keeps result" "0" "$("$hearth" store --store "$H" path-info "$out" >/dev/null 2>&1; echo $?)"

exit $failed
