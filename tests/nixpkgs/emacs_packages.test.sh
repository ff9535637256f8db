#!/usr/bin/env bash
# pkgs.emacsPackages beyond the evaluation cases (cases/emacs-packages.nix):
#  1. the message for a package Debian lacks, under Nix 2.8 and Hearth, over
#     the fixed index of fixtures/emacs-index;
#  2. git-commit built by Hearth from the machine's apt sources into a
#     throwaway store: its package directory (sources, -pkg.el,
#     -autoloads.el, and the .elc compiled with Debian's Emacs, which needs
#     the packages it requires, dash and with-editor, on load-path) under
#     share/emacs/site-lisp/elpa, every link resolving inside the store.
#     Skips this part without the Debian archive.
# Usage: emacs_packages.test.sh /path/to/hearth
set -uo pipefail
H=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
nixpkgs=$(cd "$here/../../share/hearth/nixpkgs" && pwd)

T=$(mktemp -d)
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
failed=0
fail() {
  echo "FAIL $*"
  failed=$((failed + 1))
}

# 1. Messages -------------------------------------------------------------
# As a user meets it: one unknown name among the chosen packages.
want="pkgs.emacsPackages.nix-mode: Debian 12 does not package the Emacs package nix-mode (there is no elpa-nix-mode), and Hearth's emacsPackages are built from Debian's elpa-* packages (docs/debian-packages.md)."
for eval in nix-instantiate "$H instantiate"; do
  if NIX_REMOTE=dummy:// $eval --eval --strict -E \
    "map (p: p.name) ((import $nixpkgs { config.debian.index = \"$here/fixtures/emacs-index\"; overlays = [ ]; }).emacsWithPackages (e: [ e.magit e.nix-mode ])).deps" \
    > /dev/null 2> "$T/err"; then
    fail "$eval: a wrapper with nix-mode evaluated"
  elif grep -qF -- "$want" "$T/err"; then
    echo "ok   ${eval%% *}: emacsPackages.nix-mode"
  else
    fail "$eval: emacsPackages.nix-mode: message lacks: $want"
    sed 's/^/    /' "$T/err"
  fi
done

# 2. A real build -----------------------------------------------------------
. "$here/../e2e/lib/debian-archive.sh"
(skip_without_debian_archive > "$T/skip")
if [ -s "$T/skip" ]; then
  cat "$T/skip"
  echo "$failed failed"
  [ "$failed" = 0 ]
  exit
fi

index=$("$H" lock index) || fail "hearth lock index"
echo "(import $nixpkgs { config.debian.index = \"$index\"; overlays = [ ]; }).emacsPackages.git-commit" > "$T/git-commit.nix"
if ! out=$("$H" build "$T/git-commit.nix" --store "$T/root" --no-out-link 2> "$T/build.log"); then
  fail "building git-commit"
  tail -n 20 "$T/build.log"
fi
shopt -s nullglob
dirs=("$T/root$out"/share/emacs/site-lisp/elpa/git-commit-*)
if [ ${#dirs[@]} != 1 ] || [ ! -d "${dirs[0]}" ]; then
  fail "git-commit: no single package directory under share/emacs/site-lisp/elpa: ${dirs[*]}"
else
  for f in git-commit.el git-commit-pkg.el git-commit-autoloads.el git-commit.elc; do
    [ -f "${dirs[0]}/$f" ] || fail "git-commit: no $f in its package directory"
  done
  broken=$(cd "$T/root$out" && find . -xtype l)
  [ -z "$broken" ] || fail "git-commit: links that do not resolve: $broken"
  echo "ok   build/git-commit"
fi

echo "$failed failed"
[ "$failed" = 0 ]
