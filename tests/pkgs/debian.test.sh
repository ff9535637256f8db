#!/usr/bin/env bash
# Real Debian packages from the machine's apt sources: hello, atool, httpie,
# jq, ripgrep and tree are brought into a throwaway store, linked into a
# profile and run from there, each with a real argument (httpie against a
# server on 127.0.0.1). Needs the archive; skips when it cannot be reached.
set -euo pipefail
H=$(realpath "$1")
pkgs=(hello atool httpie jq ripgrep tree)

. "$(dirname "$0")/../e2e/lib/debian-archive.sh"
skip_without_debian_archive

T=$(mktemp -d)
cleanup() {
    [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
    chmod -R u+w "$T" 2>/dev/null || true
    rm -rf "$T"
}
trap cleanup EXIT
cd "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }

for p in "${pkgs[@]}"; do
    if dpkg -s "$p" >/dev/null 2>&1; then echo "note: $p is installed on this machine"; fi
done

export HEARTH_STORE=$T/root XDG_CACHE_HOME=$T/cache
start=$(date +%s%N)
"$H" lock build --profile "$T/profile" "${pkgs[@]}" > built.txt
cold=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$(wc -l < built.txt)" = 6 ] || fail "expected six store paths, got: $(cat built.txt)"
grep -q '"httpie"' hearth.lock.json || fail "the lock file does not pin httpie"

# The profile link points at the logical store path; the store lives under $T/root.
gen=$(readlink "$T/profile")
P=$T/root$(readlink "$T/$gen")
[ -d "$P/bin" ] || fail "profile $P has no bin/"
export PATH="$P/bin:$PATH"
in_store() { case "$(readlink -f "$(command -v "$1")")" in "$T"/root/nix/store/*) ;; *) fail "$1 does not run from the store";; esac; }

in_store hello
[ "$(hello)" = "Hello, world!" ] || fail "hello"
in_store jq
[ "$(echo '{"a":[1,2,3]}' | jq '.a[2]')" = 3 ] || fail "jq"
in_store tree
mkdir -p d/e && touch d/e/f
tree d | grep -q '2 directories, 1 file' || fail "tree: $(tree d)"
in_store rg
printf 'alpha\nbeta\n' > words.txt
[ "$(rg -n bet words.txt)" = "2:beta" ] || fail "rg"
in_store apack
apack a.tar.gz words.txt >/dev/null || fail "apack"
als a.tar.gz | grep -q words.txt || fail "als: $(als a.tar.gz)"
mkdir out && (cd out && aunpack -q ../a.tar.gz >/dev/null 2>&1) && cmp words.txt out/words.txt || fail "aunpack"

# httpie, against a local server; its Python must be the store's.
in_store http
py=python3
command -v python3 >/dev/null || py=$(dirname "$(readlink -f "$P/bin/http")")/../libexec/hearth/bin/python3
echo served > page.txt
for port in $((20000 + $$ % 20000)) $((21000 + $$ % 20000)) $((22000 + $$ % 20000)); do
    "$py" -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1 & server=$!
    for _ in $(seq 50); do
        (echo > /dev/tcp/127.0.0.1/$port) 2>/dev/null && break 2
        kill -0 $server 2>/dev/null || break
        sleep 0.1
    done
done
got=$(http --ignore-stdin --body GET "http://127.0.0.1:$port/page.txt" 2>&1) || true
[ "$got" = served ] || fail "http: $got"
dbg=$(http --ignore-stdin --debug 2>&1 || true) # exits 2: no URL
grep -q "^$T/root/nix/store/.*python3\$" <<<"$dbg" || fail "http's python is not the store's: $dbg"

# A second build fetches and unpacks nothing.
start=$(date +%s%N)
"$H" lock build "${pkgs[@]}" > again.txt
noop=$(( ($(date +%s%N) - start) / 1000000 ))
cmp built.txt again.txt || fail "a rebuild gave other paths"
echo "cold build ${cold} ms, no-op rebuild ${noop} ms"

# An archive that cannot be reached: an error naming the package, nothing in the store.
sed 's|"url": "[^"]*hello_|"url": "http://127.0.0.1:9/hello_|' hearth.lock.json > broken.json
if HEARTH_STORE=$T/root2 "$H" lock --lock broken.json build hello 2> err.txt; then fail "fetch from a dead archive succeeded"; fi
grep -q "Debian package 'hello'" err.txt || fail "error does not name hello: $(cat err.txt)"
[ -z "$(ls "$T/root2/nix/store")" ] || fail "a failed fetch left $(ls "$T/root2/nix/store")"
echo "6 passed, 0 failed"
