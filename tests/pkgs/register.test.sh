#!/usr/bin/env bash
# The package layer's builtin builders run by `hearth build` (registered
# into the store's builder by src/pkgs/register.cc): a .deb made here is
# fetched through apt's file method (builtin:hearth-apt-fetch), unpacked
# (builtin:hearth-deb-unpack) and merged with wrappers
# (builtin:hearth-deb-env), as share/hearth/nixpkgs/debian/package.nix
# makes them. No network: the "archive" is a file: URL.
# Usage: register.test.sh /path/to/hearth
set -euo pipefail
H=$(realpath "$1")
command -v dpkg-deb > /dev/null || { echo "SKIP: dpkg-deb is missing (not Debian)"; exit 0; }
[ -x /usr/lib/apt/methods/file ] || { echo "SKIP: apt's file method is missing"; exit 0; }
T=$(mktemp -d)
trap 'chmod -R u+w "$T" 2> /dev/null; rm -rf "$T"' EXIT
cd "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }
export HEARTH_STORE=$T/st

mkdir -p greet/DEBIAN greet/usr/bin greet/usr/share/doc/greet
printf 'Package: greet\nVersion: 1.0\nArchitecture: all\nMaintainer: t <t@example.org>\nDescription: test\n' \
    > greet/DEBIAN/control
printf '#!/bin/sh\necho "hello from greet"\n' > greet/usr/bin/greet
chmod +x greet/usr/bin/greet
# An absolute link to the package's own file: made relative when unpacked.
ln -s /usr/bin/greet greet/usr/bin/greet-too
dpkg-deb --root-owner-group --build greet greet_1.0_all.deb > /dev/null
sha=$(sha256sum greet_1.0_all.deb | cut -d' ' -f1)
size=$(stat -c %s greet_1.0_all.deb)

# package.nix's three derivations, by hand. $1: the hash to pin.
write_nix() {
    cat > greet.nix <<NIX
let
  deb = derivation {
    name = "greet_1.0_all.deb"; system = "builtin"; builder = "builtin:hearth-apt-fetch";
    package = "greet"; url = "file://$T/greet_1.0_all.deb"; size = "$size";
    outputHashMode = "flat"; outputHashAlgo = "sha256"; outputHash = "$1";
  };
  unpacked = derivation {
    name = "greet-unpacked-1.0"; system = "builtin"; builder = "builtin:hearth-deb-unpack";
    package = "greet"; inherit deb;
  };
in derivation {
  name = "greet-1.0"; system = "builtin"; builder = "builtin:hearth-deb-env";
  package = "greet"; version = "1.0"; nodes = [ unpacked ]; nodePackages = [ "greet" ];
}
NIX
}

write_nix "$sha"
"$H" build greet.nix > out.txt 2> err.txt || fail "build: $(cat err.txt)"
[ "$(grep -c "^building '" err.txt)" = 3 ] || fail "expected three builds: $(cat err.txt)"
out=$(cat out.txt)
[ "$(readlink result)" = "$out" ] || fail "result does not point at $out"
# Wrappers find the tree from their own location, so the store's real
# directory works as well as /nix/store would.
real=$T/st$out
[ "$("$real/bin/greet")" = "hello from greet" ] || fail "greet: $("$real/bin/greet" 2>&1)"
[ "$("$real/bin/greet-too")" = "hello from greet" ] || fail "greet-too"
# The merged tree links the unpacked package by a relative link, which is a
# reference the store records.
refs=$("$H" store query --references "$out")
grep -q -- '-greet-unpacked-1.0$' <<< "$refs" || fail "references: $refs"

# Everything is valid: a second build builds nothing.
"$H" build greet.nix > out2.txt 2> err2.txt || fail "rebuild: $(cat err2.txt)"
grep -q "^building" err2.txt && fail "rebuilt: $(cat err2.txt)"
cmp -s out.txt out2.txt || fail "another path the second time"

# Bytes that are not the pinned ones: refused, nothing added.
debs() { ls st/nix/store | grep -c -- '-greet_1.0_all.deb$' || true; }
[ "$(debs)" = 1 ] || fail "expected one .deb in the store: $(ls st/nix/store)"
write_nix "$(printf '%064d' 0)"
"$H" build --no-out-link greet.nix > /dev/null 2> err.txt && fail "a wrong hash was accepted"
grep -q "hash mismatch in Debian package 'greet'" err.txt || fail "mismatch message: $(cat err.txt)"
[ "$(debs)" = 1 ] || fail "the refused .deb is in the store: $(ls st/nix/store)"

# A builtin builder nobody registered.
cat > nope.nix <<'NIX'
derivation { name = "nope"; system = "builtin"; builder = "builtin:hearth-nope"; }
NIX
"$H" build --no-out-link nope.nix > /dev/null 2> err.txt && fail "an unknown builtin built"
grep -q "unsupported builtin builder 'hearth-nope'" err.txt || fail "unknown builtin: $(cat err.txt)"
echo ok
