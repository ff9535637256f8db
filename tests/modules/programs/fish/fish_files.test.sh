#!/usr/bin/env bash
# Runs a real fish (Debian's, from scripts/deps.sh) over what programs.fish
# writes, taken from the module test cases of this directory:
#   - every generated file parses (fish --no-execute), before and after
#     fish_indent, which formats them when they are built;
#   - after fish_indent, config.fish holds the lines Home Manager's tests
#     look for (abbrs.nix, binds.nix, home-shell-aliases-prefer-abbrs.nix);
#   - hm-session-vars.fish gives fish the environment hm-session-vars.sh
#     gives sh, sourced once or twice, with stale values replaced (as Home
#     Manager's session-variables.nix checks), also when the translation
#     falls back to running the .sh file with /bin/sh.
# Skips without fish. Usage: fish_files.test.sh [hearth-binary] (unused)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
modules="$(cd "$here/../.." && pwd)"
EVAL="${EVAL:-nix-instantiate}"
export NIX_REMOTE="${NIX_REMOTE:-dummy://}"

if ! command -v fish > /dev/null || ! command -v fish_indent > /dev/null; then
  echo "SKIP: no fish on this machine"
  exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
ok() {
  echo "ok   $1"
  passed=$((passed + 1))
}
fail() {
  echo "FAIL $1"
  failed=$((failed + 1))
}

# The text of KEY in case ID, into FILE.
text_of() {
  $EVAL --eval --strict --json "$modules/harness.nix" --argstr id "programs/fish/$1" \
    --argstr key "$2" -A actual 2> "$tmp/err" |
    python3 -c 'import json, sys; sys.stdout.write(json.load(sys.stdin))' > "$3" ||
    {
      cat "$tmp/err"
      return 1
    }
}

files=(
  "fish-defaults home-files/.config/fish/config.fish"
  "fish-defaults home-path/etc/profile.d/hm-session-vars.fish"
  "fish-abbrs home-files/.config/fish/config.fish"
  "fish-prefer-abbrs home-files/.config/fish/config.fish"
  "fish-init-order home-files/.config/fish/config.fish"
  "fish-source-handlers home-files/.config/fish/config.fish"
  "fish-integrations home-files/.config/fish/config.fish"
  "fish-integrations home-files/.config/fish/functions/lg.fish"
  "fish-integrations-abbrs home-files/.config/fish/config.fish"
  "fish-functions home-files/.config/fish/functions/func-all.fish"
  "fish-functions home-files/.config/fish/functions/func-event.fish"
  "fish-binds home-files/.config/fish/functions/fish_user_key_bindings.fish"
  "fish-plugins home-files/.config/fish/conf.d/plugin-foo.fish"
  "fish-completions home-files/.config/fish/completions/my-app.fish"
  "fish-session-variables home-path/etc/profile.d/hm-session-vars.fish"
  "fish-session-variables home-path/etc/profile.d/hm-session-vars.sh"
  "fish-session-fallback home-path/etc/profile.d/hm-session-vars.fish"
  "fish-session-fallback home-path/etc/profile.d/hm-session-vars.sh"
)
for f in "${files[@]}"; do
  read -r id key <<< "$f"
  out="$tmp/$id-$(basename "$key")"
  if ! text_of "$id" "$key" "$out"; then
    fail "$id $key: evaluation failed"
    continue
  fi
  [[ "$key" == *.sh ]] && continue
  if ! HOME="$tmp" fish --no-execute "$out" 2> "$tmp/err"; then
    fail "$id $key does not parse:"
    sed 's/^/    /' "$tmp/err"
  elif ! HOME="$tmp" fish_indent < "$out" > "$out.indented" 2> "$tmp/err" ||
    ! HOME="$tmp" fish --no-execute "$out.indented" 2> "$tmp/err"; then
    fail "$id $key does not parse after fish_indent:"
    sed 's/^/    /' "$tmp/err"
  else
    ok "fish parses $id $key"
  fi
done

# Lines Home Manager's tests expect in the formatted files.
expect_lines() {
  local file="$1"
  shift
  local line missing=0
  for line in "$@"; do
    if ! grep -qxF -- "    $line" "$file" && ! grep -qxF -- "$line" "$file"; then
      echo "    missing: $line"
      missing=1
    fi
  done
  return $missing
}
if expect_lines "$tmp/fish-abbrs-config.fish.indented" \
  "abbr --add -- l less" \
  "abbr --add -- gco 'git checkout'" \
  "abbr --add --position anywhere -- -C --color" \
  "abbr --add --position anywhere --set-cursor -- L '% | less'" \
  "abbr --add --function last_history_item --position anywhere -- !!" \
  "abbr --add --function vim_edit --position command --regex '.+\.txt' -- vim_edit_texts" \
  "abbr --add --command git -- co checkout" \
  "abbr --add --function multicd --regex '^\.\.+$' -- dotdot"; then
  ok "formatted abbreviations read as in Home Manager's abbrs.nix"
else
  fail "formatted abbreviations differ from Home Manager's abbrs.nix"
fi
if expect_lines "$tmp/fish-binds-fish_user_key_bindings.fish.indented" \
  "bind ctrl-d exit" \
  "bind --mode insert ctrl-c kill-whole-line repaint" \
  "bind ctrl-g 'git diff' repaint" \
  "bind -e --preset alt-s" \
  "bind --preset alt-s 'fish_commandline_prepend sudo'" \
  "bind --mode visual ctrl-d exit" \
  "bind --mode something-non-default f exit"; then
  ok "formatted bindings read as in Home Manager's binds.nix"
else
  fail "formatted bindings differ from Home Manager's binds.nix"
fi
if expect_lines "$tmp/fish-prefer-abbrs-config.fish.indented" \
  "abbr --add -- g git" "abbr --add -- ll 'ls -l'" &&
  ! grep -qE '^ *alias (g|ll) ' "$tmp/fish-prefer-abbrs-config.fish.indented"; then
  ok "home.shellAliases become abbreviations with preferAbbrs"
else
  fail "home.shellAliases with preferAbbrs"
fi

# The session variables: the .sh file in sh and the .fish file in fish,
# from the same clean environment, must agree. The file the .sh sources is
# one of ours.
vars="EDITOR EMPTY QUOTES CACHE PATH SSH_AUTH_SOCK TERM SOME PAGER"
cat > "$tmp/some.sh" << 'EOF'
SOME="from sourced"
export SOME
PATH="/sourced/bin:$PATH"
EOF
for id in fish-session-variables fish-session-fallback; do
  for ext in sh fish; do
    sed -i "s|/etc/profile.d/some.sh|$tmp/some.sh|" "$tmp/$id-hm-session-vars.$ext"
  done
  # The fallback runs the .sh file from the store, which is not built here.
  sed -i "s|/nix/store/[0-9a-z]*-hm-session-vars.sh/etc/profile.d/hm-session-vars.sh|$tmp/$id-hm-session-vars.sh|" \
    "$tmp/$id-hm-session-vars.fish"
  posix="$(cd "$tmp" && env -i HOME=/h PATH=/usr/bin:/bin TERM=dumb XDG_RUNTIME_DIR=/run/u EDITOR=stale sh -c '
    . "$1"; . "$1"
    for v in '"$vars"'; do eval "printf \"%s=%s|\" \$v \"\${$v-unset}\""; done' sh "$tmp/$id-hm-session-vars.sh" 2>&1)"
  fishs="$(cd "$tmp" && env -i HOME=/h PATH=/usr/bin:/bin TERM=dumb XDG_RUNTIME_DIR=/run/u EDITOR=stale \
    fish --no-config -c '
    source $argv[1]; source $argv[1]
    for v in '"$vars"'
      if set -q $v; printf "%s=%s|" $v "$$v"; else; printf "%s=unset|" $v; end
    end' "$tmp/$id-hm-session-vars.fish" 2>&1)"
  # A stale EDITOR must be replaced, as at a login after a change of
  # configuration.
  if [ "$posix" = "$fishs" ]; then
    ok "fish and sh agree on $id ($fishs)"
  else
    fail "fish and sh disagree on $id:"
    echo "    sh:   $posix"
    echo "    fish: $fishs"
  fi
done

# The translator on its own: each snippet of posix-to-fish-cases.nix in sh
# and its translation in fish (inside a function, as hm-session-vars.fish
# has it) must export the same variables; the ones it declines stay
# declined.
if ! $EVAL --eval --strict --json "$here/posix-to-fish-cases.nix" > "$tmp/cases.json" 2> "$tmp/err"; then
  fail "posix-to-fish-cases.nix: $(cat "$tmp/err")"
else
  names="A B C D E F G H I J K L M N O UNSET_ME"
  n=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$tmp/cases.json")
  declined=0
  for ((i = 0; i < n; i++)); do
    python3 -c 'import json, sys; c = json.load(open(sys.argv[1]))[int(sys.argv[2])]
open(sys.argv[3] + ".sh", "w").write(c["sh"])
open(sys.argv[3] + ".fish", "w").write("" if c["fish"] is None else "function f\n" + c["fish"] + "end\nf\n")' \
      "$tmp/cases.json" "$i" "$tmp/case"
    if [ ! -s "$tmp/case.fish" ]; then
      declined=$((declined + 1))
      continue
    fi
    posix="$(env -i HOME=/h PATH=/usr/bin:/bin EMPTY= UNSET_ME=x sh -c '. "$1"
      for v in '"$names"'; do eval "printf \"%s=%s|\" \$v \"\${$v-unset}\""; done' sh "$tmp/case.sh" 2>&1)"
    fishs="$(env -i HOME=/h PATH=/usr/bin:/bin EMPTY= UNSET_ME=x fish --no-config -c 'source $argv[1]
      for v in '"$names"'
        if set -q $v; printf "%s=%s|" $v "$$v"; else; printf "%s=unset|" $v; end
      end' "$tmp/case.fish" 2>&1)"
    if [ "$posix" = "$fishs" ]; then
      ok "translated snippet $i agrees with sh ($fishs)"
    else
      fail "translated snippet $i disagrees with sh:"
      sed 's/^/    /' "$tmp/case.sh"
      echo "    sh:   $posix"
      echo "    fish: $fishs"
    fi
  done
  if [ "$declined" -eq 2 ]; then
    ok "the translator declines \${#VAR} and case"
  else
    fail "the translator declined $declined snippets, not 2"
  fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
