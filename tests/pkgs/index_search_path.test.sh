#!/usr/bin/env bash
# Evaluation finds the Debian packages with nothing set up: the CLI writes
# the package set's index into a cache every store shares the first time
# and puts it on the search path as <hearth-debian-index>
# (src/cli/debian_index.cc);
# a lock file pins versions, and `home-manager` hands the builder the one
# next to the configuration. Reads the machine's apt index; no network.
# Usage: index_search_path.test.sh /path/to/hearth
set -euo pipefail
H=$(realpath "$1")
if ! apt-cache show --no-all-versions hello > /dev/null 2>&1; then
    echo "SKIP: no apt package index with 'hello' on this machine"
    exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export HEARTH_STORE=$T/st HOME=$T/home XDG_CACHE_HOME=$T/cache
unset HEARTH_DEBIAN_INDEX HEARTH_LOCK_FILE NIX_PATH || true
mkdir -p "$HOME"
cd "$T"

want=$(apt-cache show --no-all-versions hello | sed -n 's/^Version: //p')
version() { "$H" eval --expr '(import <nixpkgs> { }).hello.version'; }
[ "$(version)" = "\"$want\"" ] || fail "pkgs.hello.version: got $(version 2>&1), want $want"
dirs=("$T"/cache/hearth/debian-index/*/)
[ "${#dirs[@]}" = 1 ] && [ -f "${dirs[0]}/names.json" ] || fail "index dirs: ${dirs[*]}"
index=${dirs[0]%/}
stamp=$(stat -c %Y.%i "$index/names.json")

# nixpkgs names Debian spells otherwise are aliases (debian/aliases.nix):
# programs.git's package choices all find Debian's git.
if apt-cache show --no-all-versions git > /dev/null 2>&1; then
    gitv=$(apt-cache show --no-all-versions git | sed -n 's/^Version: //p')
    for n in git gitMinimal gitFull; do
        got=$("$H" eval --expr "(import <nixpkgs> { }).$n.version" 2>&1) || true
        [ "$got" = "\"$gitv\"" ] || fail "pkgs.$n.version: got $got, want $gitv"
    done
fi

# The next evaluation reuses it, also with another store.
[ "$(version)" = "\"$want\"" ] || fail "second evaluation"
[ "$(HEARTH_STORE=$T/st3 version)" = "\"$want\"" ] || fail "evaluation with another store"
[ "$(stat -c %Y.%i "$index/names.json")" = "$stamp" ] || fail "the index was written again"
[ ! -e "$T/st/nix/var/hearth/debian-index" ] || fail "an index was written into the store"
# `hearth lock index` without a directory names the same one.
[ "$("$H" lock index)" = "$index" ] || fail "lock index: $("$H" lock index 2>&1)"

# $HEARTH_DEBIAN_INDEX wins, and then no index is written.
[ "$(XDG_CACHE_HOME=$T/cache2 HEARTH_DEBIAN_INDEX=$index version)" = "\"$want\"" ] ||
    fail "with HEARTH_DEBIAN_INDEX"
[ ! -e "$T/cache2/hearth" ] || fail "an index was written beside HEARTH_DEBIAN_INDEX"

# A pin in the lock file wins over the index.
cat > lock.json <<'JSON'
{"packages": {"hello": {"architecture": "all", "depends": [], "filename": "pool/h/hello_0-pinned_all.deb",
 "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "size": 1,
 "url": "http://127.0.0.1:9/hello_0-pinned_all.deb", "version": "0-pinned"}}, "version": 1}
JSON
[ "$(HEARTH_LOCK_FILE=$T/lock.json version)" = '"0-pinned"' ] || fail "lock pin: $(HEARTH_LOCK_FILE=$T/lock.json version 2>&1)"

# home-manager's builder gets the lock file next to the configuration.
mkdir -p conf
echo '{ }' > conf/home.nix
printf '#!/bin/sh\necho "$HEARTH_LOCK_FILE" > %s/seen\nexit 3\n' "$T" > builder.sh
chmod +x builder.sh
HEARTH_HOME_BUILDER=$T/builder.sh "$H" home-manager -f conf/home.nix build > /dev/null 2>&1 && fail "the builder's failure was lost"
[ "$(cat seen)" = "$T/conf/hearth.lock.json" ] || fail "HEARTH_LOCK_FILE for the builder: $(cat seen)"
HEARTH_LOCK_FILE=$T/other.json HEARTH_HOME_BUILDER=$T/builder.sh "$H" home-manager -f conf/home.nix build > /dev/null 2>&1 || true
[ "$(cat seen)" = "$T/other.json" ] || fail "a HEARTH_LOCK_FILE already set was replaced: $(cat seen)"
echo ok
