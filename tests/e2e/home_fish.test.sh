#!/usr/bin/env bash
# programs.fish against Hearth's real Debian packages: a home with fish and
# the modules that hook into it (fzf, direnv, zoxide, gpg-agent) is
# switched into a sandbox HOME; then
#   - the builds that run fish succeeded: config.fish and the function files
#     are formatted by fish_indent, and completions were generated from the
#     packages' man pages (fzf's among them);
#   - `fish -lic` and `fish -ic` start on a terminal from a clean
#     environment, write nothing to stderr, and have the session variables,
#     aliases, abbreviations, functions, key bindings and the integrations'
#     functions the configuration asks for, with fish's own functions from
#     the store (the host's are hidden).
# Needs root (private mount namespace) and the Debian archive; skips
# without them. Usage: home_fish.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
src="${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}"
. "$src/tests/e2e/lib/debian-home.sh"
debian_home fish-tester "$@"

# Hide the host's fish (the mount namespace is private): only the store's
# copy of its functions may satisfy the shell.
hide /usr/share/fish /etc/fish

mkdir -p "$HOME/.config/home-manager"
cat > "$HOME/.config/home-manager/home.nix" << NIX
{ pkgs, ... }: {
  home.username = "fish-tester";
  home.homeDirectory = "$HOME";
  home.stateVersion = "25.11";

  home.sessionVariables.HEARTH_FISH_VAR = "from \$HOME";
  home.shellAliases.hsa = "echo home-alias";

  programs.fish = {
    enable = true;
    shellAbbrs.gco = "git checkout";
    functions.hello_fish = {
      body = "echo hello \$argv";
      description = "Greets";
    };
    binds."\\\\eh".command = "hello_fish";
    interactiveShellInit = "set -g hearth_interactive 1";
    loginShellInit = "set -g hearth_login 1";
  };
  programs.fzf.enable = true;
  programs.direnv.enable = true;
  programs.zoxide.enable = true;
  programs.gpg.enable = true;
  services.gpg-agent = {
    enable = true;
    pinentry.package = pkgs.pinentry-curses;
  };
}
NIX

if ! hm switch > "$tmp/switch.log" 2>&1; then
  tail -n 40 "$tmp/switch.log"
  echo "FAIL: switch"
  exit 1
fi
profile="$HOME/.nix-profile"
[ -x "$profile/bin/fish" ] || fail "no fish in the profile"

# fish_indent writes four-space indents where the template has two.
grep -q '^    # Interactive shell initialisation$' "$HOME/.config/fish/config.fish" ||
  fail "config.fish is not formatted by fish_indent: $(head -n 40 "$HOME/.config/fish/config.fish")"
grep -q '^    echo hello \$argv$' "$HOME/.config/fish/functions/hello_fish.fish" ||
  fail "hello_fish.fish is not formatted: $(cat "$HOME/.config/fish/functions/hello_fish.fish")"
completions="$HOME/.local/share/fish/home-manager/generated_completions"
[ -f "$completions/fzf.fish" ] || fail "no completions generated from fzf's man page: $(ls "$completions" 2>&1 | head)"

# sh_in ARGS...: runs fish as a login would, on a terminal, from a clean
# environment but for the profile on PATH. Its stderr goes to $tmp/err.
sh_in() {
  on_terminal env -i HOME="$HOME" USER="$USER" TERM=dumb PATH="$profile/bin:/usr/bin:/bin" "$@"
}
quiet() {
  [ ! -s "$tmp/err" ] || fail "$1 wrote to stderr: $(head -n 20 "$tmp/err")"
}

sh_in fish -lic exit > /dev/null || fail "fish -lic exit: $?"
quiet "fish -lic exit"

# One line per thing missing.
checks='
  string match -q "/nix/store/*" -- $__fish_data_dir; or echo "fish reads its functions from $__fish_data_dir"
  set -q LD_LIBRARY_PATH; and echo "LD_LIBRARY_PATH leaks into the shell: $LD_LIBRARY_PATH"
  test "$HEARTH_FISH_VAR" = "from $HOME"; or echo "HEARTH_FISH_VAR is \"$HEARTH_FISH_VAR\""
  set -q hearth_interactive; or echo "no interactiveShellInit"
  test "$GPG_TTY" = (tty); or echo "GPG_TTY is \"$GPG_TTY\""
  functions -q hsa; or echo "no alias hsa"
  abbr --query gco; or echo "no abbreviation gco"
  functions -q hello_fish; or echo "no function hello_fish"
  test (hello_fish fish) = "hello fish"; or echo "hello_fish says \"$(hello_fish fish)\""
  fish_user_key_bindings
  bind \eh | string match -q "*hello_fish*"; or echo "alt-h is not bound"
  functions -q fzf-history-widget; or echo "no fzf key bindings"
  functions -q __direnv_export_eval; or echo "no direnv hook"
  functions -q z; or echo "no zoxide"
  contains -- '"$completions"' $fish_complete_path; or echo "generated completions are not on fish_complete_path"
'
out="$(sh_in fish -lic "$checks; set -q hearth_login; or echo 'no loginShellInit'")" || fail "fish -lic (checks): $?"
quiet "fish -lic (checks)"
[ -z "$out" ] || fail "fish -lic: $out"
out="$(sh_in fish -ic "$checks; set -q hearth_login; and echo 'loginShellInit ran in a non-login shell'; true")" ||
  fail "fish -ic (checks): $?"
quiet "fish -ic (checks)"
[ -z "$out" ] || fail "fish -ic: $out"

env -i HOME="$HOME" PATH="$profile/bin:/usr/bin:/bin" gpgconf --kill all > /dev/null 2>&1 || true
checks_done
