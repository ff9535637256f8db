#!/usr/bin/env bash
# The `home-manager` commands around switch, end to end in a sandbox HOME:
# init (and its refusal to overwrite), news with unread tracking and the
# notice after switch, option, edit, `hearth home diff` before a switch,
# and uninstall (refused, then confirmed: every managed file, the profile
# links and the state are gone, home.nix stays). Generations are built by
# `hearth build` into a store under the test's directory, bind-mounted on
# /nix/store in a private mount namespace (needs root; skips without).
# Usage: home_commands.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
src="${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}"
. "$src/tests/e2e/lib/private-store.sh"
private_store_or_skip "$@"
. "$src/tests/e2e/lib/home-manager-cli.sh"
home_manager_cli hm-tester
conf="$HOME/.config/home-manager/home.nix"

. "$src/tests/e2e/lib/home-checks.sh"
expect_eq() { [[ "$1" == "$2" ]] || fail "$3: expected '$2', got '$1'"; }

# init writes home.nix once and never over it.
expect_eq "$(hm init)" "Creating $conf..." "init message"
grep -qx '  home.username = "hm-tester";' "$conf" || fail "init username: $(cat "$conf")"
grep -qx "  home.homeDirectory = \"$HOME\";" "$conf" || fail "init home: $(cat "$conf")"
grep -qx '  home.stateVersion = "26.05";' "$conf" || fail "init stateVersion"
echo "# mine" >> "$conf"
expect_eq "$(hm init)" "The file $conf already exists, leaving it unchanged..." "init again"
expect_eq "$(tail -n 1 "$conf")" "# mine" "init kept the file"
out="$(hm init --switch "$tmp/other" 2>&1)" || fail "init --switch: $out"
[[ "$out" == *"Creating initial Home Manager generation..."* && "$out" == *"All done!"* ]] ||
  fail "init --switch messages: $out"
# It points at what exists: no man page is built (modules/manual.nix).
[[ "$out" != *"man home-configuration.nix"* && "$out" == *"home-manager option NAME"* ]] ||
  fail "init --switch points at a man page Hearth does not build: $out"
[[ -L "$HOME/.nix-profile" ]] || fail "init --switch installed no profile"
# A first switch that fails: the error, then where the fault may lie.
mkdir -p "$tmp/broken" && echo '{ home.stateVersion = 1; }' >"$tmp/broken/home.nix"
out="$(hm init --switch "$tmp/broken" 2>&1)" && fail "init --switch of a broken home.nix succeeded"
[[ "$out" == *"Uh oh, the installation failed!"*"fault of Hearth rather than of $tmp/broken/home.nix"* ]] ||
  fail "init --switch failure message: $out"
out="$(hm --switch init 2>&1)" && fail "--switch before init accepted"
expect_eq "$out" "home-manager: --switch can only be used after init
Run 'home-manager --help' for usage help" "--switch misplaced"

cat > "$conf" <<NIX
{ pkgs, ... }: {
  home.username = "hm-tester";
  home.homeDirectory = "$HOME";
  home.stateVersion = "25.11";
  home.file.".hello".text = "one\n";
  home.file.".gone".text = "bye\n";
  news.entries = [
    { time = "2026-01-02T10:00:00+00:00"; message = "Second entry.\nTwo lines."; }
    { time = "2026-01-01T09:30:00+00:00"; message = "First entry."; }
    { time = "2026-01-03T09:30:00+00:00"; condition = false; message = "Not relevant."; }
  ];
}
NIX

# diff before the first switch: everything is new.
out="$(hm diff 2>/dev/null)" || fail "diff: $out"
[[ "$out" == *"  + .hello"* && "$out" == *"  + .gone"* ]] || fail "first diff: $out"

hm switch > /dev/null 2> "$tmp/err" || fail "switch: $(cat "$tmp/err")"
grep -qF 'There are 2 unread and relevant news items.' "$tmp/err" || fail "notice: $(cat "$tmp/err")"
grep -qF 'Read them by running the command "home-manager news".' "$tmp/err" || fail "notice 2"

expect_eq "$(hm news)" "* 2026-01-02 10:00:00 [unread]

  Second entry.
  Two lines.


* 2026-01-01 09:30:00 [unread]

  First entry." "news"
expect_eq "$(wc -l < "$HOME/.local/share/home-manager/news-read-ids")" "3" "read ids"
[[ "$(hm news)" == "* 2026-01-02 10:00:00 [read]"* ]] || fail "news read: $(hm news)"
hm switch > /dev/null 2> "$tmp/err" || fail "second switch"
grep -q 'unread' "$tmp/err" && fail "notice after reading: $(cat "$tmp/err")"
# The news come from the built newsFile (cached with the evaluation); a
# new entry in the configuration is a new evaluation and a new notice.
compgen -G "/nix/store/*-home-manager-news.json" > /dev/null || fail "no newsFile was built"
sed -i 's|^  news.entries = \[$|  news.entries = [\n    { time = "2026-01-04T08:00:00+00:00"; message = "Third."; }|' "$conf"
hm switch > /dev/null 2> "$tmp/err" || fail "switch with a new entry"
grep -qF 'There is 1 unread and relevant news item.' "$tmp/err" || fail "notice of a new entry: $(cat "$tmp/err")"
hm news > /dev/null

# option: value, type, description, declaration; a set; a missing path.
out="$(hm option home.username)" || fail "option: $out"
expect_eq "$(sed -n 1,2p <<< "$out")" 'Value:
  "hm-tester"' "option value"
grep -qx '  non-empty string' <<< "$out" || fail "option type: $out"
grep -qx 'Declared by:' <<< "$out" || fail "option declared: $out"
grep -q 'modules/home-environment.nix$' <<< "$out" || fail "option declaration file: $out"
grep -qx "  $conf" <<< "$out" || fail "option defined by: $out"
[[ "$(hm option home)" == "This attribute set contains:"* ]] || fail "option set"
# An option inside an element of attrsOf (submodule) is defined by the
# files that define that element; a literalExpression example is its text.
out="$(hm option 'home.file.".hello".text')" || fail "element option: $out"
expect_eq "$(sed -n '/^Defined by:/,$p' <<< "$out")" "Defined by:
  $conf" "element option defined by"
out="$(hm option programs.bash.shellAliases)" || fail "option example: $out"
grep -qx '    gs = "git status";' <<< "$out" || fail "literalExpression example: $out"
grep -q '_type' <<< "$out" && fail "example shown as a set: $out"
expect_eq "$(hm option --recursive 'home.file.".hello".text')" \
  "home.file.\".hello\".text = ''
  one
'';" "option --recursive"
out="$(hm option nope.x 2>&1)" && fail "missing option accepted"
[[ "$out" == *"Couldn't resolve config path 'nope.x'"* ]] || fail "missing option: $out"

# edit
expect_eq "$(EDITOR="echo editing" hm edit)" "editing $conf" "edit"
out="$(hm edit 2>&1)" && fail "edit without an editor"
expect_eq "$out" 'Please set the $EDITOR or $VISUAL environment variable' "edit message"

# diff after edits: added, removed, changed; nothing activated.
sed -i 's/"one\\n"/"two\\n"/; /\.gone/d; s/^}$/  home.file.".new".text = "n";\n}/' "$conf"
before="$(find "$HOME" -printf '%p %l\n' | sort)"
expect_eq "$(hm diff 2>/dev/null)" "Home files (in $HOME):
  + .new
  - .gone
  ~ .hello" "diff"
expect_eq "$(find "$HOME" -printf '%p %l\n' | sort)" "$before" "diff changed the home"
hm switch > /dev/null 2>&1 || fail "switch after diff"
expect_eq "$(hm diff 2>/dev/null)" "No changes." "diff after switch"

# uninstall: "n" keeps everything, "y" removes it.
out="$(echo n | hm uninstall)"
[[ "$out" == *"Really uninstall Home Manager? [y/n] "* && "$out" == *"Yay!" ]] || fail "uninstall no: $out"
[[ -L "$HOME/.hello" ]] || fail "uninstall no removed files"
out="$(echo y | hm uninstall 2>&1)" || fail "uninstall: $out"
[[ "$out" == *"Home Manager is uninstalled but your home.nix is left untouched." ]] ||
  fail "uninstall message: $out"
left="$(cd "$HOME" && find . -mindepth 1 \( -path ./.config -o -path ./.config/home-manager \
  -o -path ./.config/home-manager/home.nix -o -path ./.local -o -path ./.local/state \
  -o -path ./.local/state/nix -o -path ./.local/state/nix/profiles -o -path ./.nix-defexpr\* \) \
  -prune -o -print)"
expect_eq "$left" "" "left after uninstall"
expect_eq "$(ls -A "$HOME/.local/state/nix/profiles")" "" "profile links after uninstall"
[[ -f "$conf" ]] || fail "uninstall removed home.nix"

checks_done
