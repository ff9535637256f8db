#!/usr/bin/env bash
# programs.emacs with pkgs.emacsPackages built from Debian's archive: a home
# with Emacs, magit (elpa-magit, which brings elpa-dash, elpa-git-commit,
# elpa-magit-section and elpa-with-editor) and an extraConfig is switched
# into a sandbox HOME; then the profile's emacs, from a clean environment:
#   - requires magit in --batch, where package.el does not run (the
#     wrapper's load-path alone);
#   - started as for a user (-u, so that it loads init files and
#     default.el even in batch mode) ran default.el's extraConfig, and has
#     magit-status autoloaded by package.el from the wrapper's elpa
#     directory without loading magit;
#   - loads magit byte-compiled from the store, its source Debian's;
#   - starts from Debian's dump (native code), and on a terminal (-nw,
#     through script(1)) runs default.el;
#   - as a daemon (--fg-daemon, as services.emacs runs it) answers
#     emacsclient, with magit and default.el.
# The host's Emacs Lisp directories are hidden (the mount namespace is
# private), so only the store's packages can satisfy emacs. Needs root and
# the Debian archive; skips without them.
# Usage: home_emacs.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
src="${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}"
. "$src/tests/e2e/lib/debian-home.sh"
debian_home hm-tester "$@"

hide /usr/share/emacs /usr/local/share/emacs /etc/emacs

mkdir -p "$HOME/.config/home-manager"
cat > "$HOME/.config/home-manager/home.nix" << NIX
{ pkgs, ... }: {
  home.username = "hm-tester";
  home.homeDirectory = "$HOME";
  home.stateVersion = "25.11";

  programs.emacs = {
    enable = true;
    extraPackages = epkgs: [ epkgs.magit ];
    extraConfig = ''
      (setq hearth-default-el 'ran)
    '';
  };
}
NIX

if ! hm switch > "$tmp/switch.log" 2>&1; then
  tail -n 40 "$tmp/switch.log"
  echo "FAIL: switch"
  exit 1
fi
profile="$HOME/.nix-profile"

# emacs_out ARGS...: what the profile's emacs prints, started as a login
# would start it.
emacs_out() {
  env -i HOME="$HOME" TERM=dumb PATH="$profile/bin:/usr/bin:/bin" \
    timeout 120 emacs --batch "$@" 2> "$tmp/emacs.err" < /dev/null
}
expect() {
  local what="$1" want="$2" got="$3"
  [[ "$got" == "$want" ]] || fail "$what: expected '$want', got '$got' (stderr: $(grep -v '^Loading\|^Using load-path' "$tmp/emacs.err" | head -c 600))"
}

expect "require magit" ok "$(emacs_out --eval '(progn (require (quote magit)) (princ "ok"))')"
expect "default.el and autoloads at startup" "ran t nil" \
  "$(emacs_out -u '' --eval '(princ (format "%s %s %s" (bound-and-true-p hearth-default-el) (fboundp (quote magit-status)) (featurep (quote magit))))')"
magit="$(emacs_out --eval '(princ (locate-library "magit"))')"
[[ "$magit" == /nix/store/*-emacs-with-packages-*/share/emacs/site-lisp/elpa/magit-*/magit.elc ]] ||
  fail "magit is not loaded byte-compiled from the wrapper's elpa directory: $magit"
source="$(emacs_out --eval '(princ (locate-library "magit.el"))')"
[[ "$(readlink -f "$source")" == /nix/store/*-elpa-magit-*/usr/share/emacs/site-lisp/elpa-src/magit-*/magit.el ]] ||
  fail "magit.el is not Debian's: $source -> $(readlink -f "$source")"

# Debian's dump is used (its preloaded functions are native code), which
# is also what lets Emacs start outside batch mode.
expect "preloaded native code" t "$(emacs_out --eval '(princ (subr-native-elisp-p (symbol-function (quote find-file))))')"
rm -f "$tmp/tty.out"
env -i HOME="$HOME" TERM=xterm PATH="$profile/bin:/usr/bin:/bin" timeout 120 script -qec \
  "emacs -nw --eval '(progn (with-temp-file \"$tmp/tty.out\" (insert (format \"%s\" hearth-default-el))) (kill-emacs 0))'" \
  /dev/null < /dev/null > "$tmp/tty.screen" 2>&1 || true
[ "$(cat "$tmp/tty.out" 2> /dev/null)" = ran ] ||
  fail "emacs -nw on a terminal did not run default.el: $(tr -cd '[:print:]\n' < "$tmp/tty.screen" | tail -c 400)"

# The daemon services.emacs runs, asked through the profile's emacsclient.
env -i HOME="$HOME" TERM=dumb PATH="$profile/bin:/usr/bin:/bin" \
  timeout 120 emacs --fg-daemon="$tmp/server" > "$tmp/daemon.log" 2>&1 < /dev/null &
daemon=$!
for _ in $(seq 100); do
  [ -S "$tmp/server" ] && break
  sleep 0.2
done
got="$(env -i HOME="$HOME" PATH="$profile/bin:/usr/bin:/bin" timeout 30 emacsclient -s "$tmp/server" \
  --eval '(progn (require (quote magit)) hearth-default-el)' 2>&1)" || true
expect "the daemon, through emacsclient" ran "$got"
kill "$daemon" 2> /dev/null || true
wait "$daemon" 2> /dev/null || true

checks_done
