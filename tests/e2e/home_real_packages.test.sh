#!/usr/bin/env bash
# Program modules against Hearth's real Debian packages. The other home
# e2e tests use null or stub packages, so none of them notices when a
# module sources or runs a file at the place nixpkgs puts it and Debian
# does not (fzf's share/fzf/key-bindings.bash is Debian's
# share/doc/fzf/examples/key-bindings.bash). Here one home enables every
# module that reaches into its package, each with the package from
# Debian's archive, and is switched into a sandbox HOME; then:
#   - interactive shells (bash -lic, bash -ic, zsh -ic, zsh -lic) start on
#     a terminal from a clean environment and write nothing to stderr;
#   - the functions, key bindings and completions the integrations and
#     packages define exist in those shells;
#   - every program the home installs answers --version from the profile,
#     and the programs modules name by store path (git's gpg, gpg-agent's
#     pinentry, the systemd units' commands) exist;
#   - tmux reads its configuration, nvim has its python3 provider, zsh
#     its help, bat its cache (built by activation).
# The host's own zsh and bash-completion files are hidden, as on a machine
# without those packages, so only the store's copies can satisfy the shells.
# Needs root (private mount namespace) and the Debian archive; skips
# without them. Packages are downloaded on every run (the store is new).
# Usage: home_real_packages.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
src="${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}"
. "$src/tests/e2e/lib/debian-home.sh"
debian_home hm-tester "$@"
ms() { echo $((($(date +%s%N) - $1) / 1000000)); }

# Hide what the host has installed of the shells' packages (the mount
# namespace is private): CI's machine has no zsh, and a test that passes
# only because /usr/share/zsh exists here would be no test.
hide /usr/share/zsh /usr/lib/*/zsh /etc/zsh /usr/share/bash-completion /etc/bash_completion.d

# Packages Debian 12 lacks are left out of the home rather than failing
# it; the test says which. (One apt-cache call: each costs a second.)
optional_modules=(
  "starship programs.starship.enable"
  "autojump programs.autojump.enable"
  "zsh-history-substring-search programs.zsh.historySubstringSearch.enable"
  "nix-direnv programs.direnv.nix-direnv.enable"
)
available=" $(apt-cache show --no-all-versions "${optional_modules[@]%% *}" 2> /dev/null |
  sed -n 's/^Package: //p' | tr '\n' ' ') "
optional=""
for m in "${optional_modules[@]}"; do
  if [[ "$available" == *" ${m%% *} "* ]]; then
    optional+="  ${m#* } = true;"$'\n'
  else
    echo "note: Debian has no ${m%% *}; ${m#* } is not tested"
  fi
done

mkdir -p "$HOME/.config/home-manager"
cat > "$HOME/.config/home-manager/home.nix" <<NIX
{ pkgs, ... }: {
  home.username = "hm-tester";
  home.homeDirectory = "$HOME";
  home.stateVersion = "25.11";

  programs.bash.enable = true; # with completion, by default
  programs.readline = {
    enable = true;
    variables.completion-ignore-case = true;
  };
  programs.zsh = {
    enable = true; # with compinit, by default
    autosuggestion.enable = true;
    syntaxHighlighting.enable = true;
  };
$optional
  programs.fzf.enable = true;
  programs.direnv.enable = true;
  programs.zoxide.enable = true;
  programs.tmux.enable = true;
  programs.git = {
    enable = true;
    lfs.enable = true;
    signing = {
      key = "0123456789ABCDEF";
      format = "openpgp";
      signByDefault = false;
    };
  };
  programs.bat = {
    enable = true;
    # A theme makes activation run bat's cache build.
    themes.hearth.src = pkgs.writeText "hearth.tmTheme" ''
      <?xml version="1.0" encoding="UTF-8"?>
      <plist version="1.0"><dict>
        <key>name</key><string>hearth</string>
        <key>settings</key><array><dict><key>settings</key><dict>
          <key>foreground</key><string>#222222</string>
          <key>background</key><string>#eeeeee</string>
        </dict></dict></array>
      </dict></plist>
    '';
  };
  programs.less.enable = true;
  programs.htop.enable = true;
  programs.btop.enable = true;
  programs.ripgrep = {
    enable = true;
    arguments = [ "--smart-case" ];
  };
  programs.gpg.enable = true;
  services.gpg-agent = {
    enable = true;
    pinentry.package = pkgs.pinentry-curses;
  };
  programs.ssh = {
    enable = true;
    package = pkgs.openssh; # null (the host's ssh) by default
    enableDefaultConfig = false;
  };
  services.ssh-agent.enable = true;
  programs.neovim.enable = true;
  programs.vim.enable = true;
}
NIX

start=$(date +%s%N)
if ! hm switch > "$tmp/switch.log" 2>&1; then
  tail -n 40 "$tmp/switch.log"
  echo "FAIL: switch"
  exit 1
fi
switch_ms=$(ms "$start")
checks_start=$(date +%s%N)
profile="$HOME/.nix-profile"
[ -d "$profile/bin" ] || fail "no $profile/bin"

# sh_in SHELL ARGS...: runs an interactive shell as a login would: on a
# terminal (script(1) gives it a pty; without one zsh cannot set its zle
# option and bash has no job control, and both say so), with a clean
# environment but for the profile in PATH, XDG_DATA_DIRS (where
# bash-completion looks) and NIX_PROFILES (where programs.zsh does), as
# Nix's profile.d script sets them (Hearth has no such script yet). Its
# stdout is the output; its stderr goes to $tmp/err.
sh_in() {
  on_terminal env -i HOME="$HOME" USER="$USER" TERM=dumb PATH="$profile/bin:/usr/bin:/bin" \
    XDG_DATA_DIRS="$profile/share:/usr/local/share:/usr/share" NIX_PROFILES="$profile" "$@"
}
# quiet WHAT: stderr must be empty but for what bash's exit builtin says
# in an interactive shell.
quiet() {
  local noise
  noise="$(grep -vx -e exit -e logout "$tmp/err" || true)"
  [ -z "$noise" ] || fail "$1 wrote to stderr:
$noise"
}

sh_in bash -lic exit || fail "bash -lic exit: $?"
quiet "bash -lic exit"
sh_in bash -ic exit || fail "bash -ic exit: $?"
quiet "bash -ic exit"
zsh="$profile/bin/zsh"
[ -x "$zsh" ] || fail "no zsh in the profile"
sh_in "$zsh" -ic exit || fail "zsh -ic exit: $?"
quiet "zsh -ic exit"
sh_in "$zsh" -lic exit || fail "zsh -lic exit: $?"
quiet "zsh -lic exit"

# What each integration defines, asked of the shell it was loaded into:
# one line per missing name.
bash_wants=(
  _init_completion         # bash-completion
  __fzf_history__          # fzf's key-bindings.bash
  _fzf_setup_completion    # fzf's completion.bash
  _direnv_hook             # direnv hook bash
  _zoxide_hook             # zoxide init bash (0.4's name)
  z                        # zoxide's jump
)
[[ "$optional" == *autojump* ]] && bash_wants+=(autojump_add_to_database j)
out="$(sh_in bash -ic 'for f; do declare -F "$f" > /dev/null || echo "$f"; done' _ "${bash_wants[@]}")" ||
  fail "bash -ic (functions): $?"
quiet "bash -ic (functions)"
[ -z "$out" ] || fail "bash lacks: $out"
# direnv's hook runs direnv by the path direnv found for itself: a path
# that is not direnv (the loader's, once) fails at every prompt.
hook="$("$profile/bin/direnv" hook bash)" || fail "direnv hook bash: $?"
[[ "$hook" != *ld-linux* ]] || fail "direnv's hook runs the loader: $(grep -m1 export <<< "$hook")"
out="$(sh_in bash -ic '_direnv_hook; echo ran')" || fail "bash -ic (_direnv_hook): $?"
quiet "bash -ic (_direnv_hook)"
[ "$out" = ran ] || fail "_direnv_hook: $out"
# Completions from the packages' share/bash-completion, through the
# profile (fzf's own completion.bash claims git, so git's is asked for by
# its function).
out="$(sh_in bash -ic 'for c in fzf rg; do
    __load_completion "$c"; complete -p "$c" > /dev/null 2>&1 || echo "no completion for $c"
  done
  __load_completion git; declare -F __git_main > /dev/null || echo "no completion for git"
  { bind -X; bind -s; } | grep -q __fzf_history__ || echo "no C-r binding"')" ||
  fail "bash -ic (completions): $?"
quiet "bash -ic (completions)"
[ -z "$out" ] || fail "bash completions and bindings: $out"

zsh_wants=(
  compdef                            # compinit ran
  _zsh_autosuggest_start             # zsh-autosuggestions
  _zsh_highlight                     # zsh-syntax-highlighting
  fzf-history-widget                 # fzf's key-bindings.zsh
  _fzf_complete                      # fzf's completion.zsh
  _direnv_hook                       # direnv hook zsh
  z                                  # zoxide init zsh
)
[[ "$optional" == *historySubstringSearch* ]] && zsh_wants+=(history-substring-search-up)
out="$(sh_in "$zsh" -ic 'for f; do (( $+functions[$f] )) || echo $f; done; bindkey "^R" | grep -q fzf-history-widget || echo "no ^R binding"' _ "${zsh_wants[@]}")" ||
  fail "zsh -ic (functions): $?"
quiet "zsh -ic (functions)"
[ -z "$out" ] || fail "zsh lacks: $out"
# Completions: zsh's own (git) and a package's, through the profile (rg).
out="$(sh_in "$zsh" -ic 'for c in git rg; do [[ -n $_comps[$c] ]] || print "no completion for $c"; done')" ||
  fail "zsh -ic (completions): $?"
quiet "zsh -ic (completions)"
[ -z "$out" ] || fail "zsh: $out"
# zsh's own functions and modules come from the store, not the host.
out="$(sh_in "$zsh" -ic 'print -l $module_path ${^fpath}(N/) | grep -v "^/nix/store/\|^$HOME/"; true')" ||
  fail "zsh -ic (paths): $?"
[ -z "$out" ] || fail "zsh looks outside the store: $out"

# Every program answers --version from the profile, and is the store's.
for cmd in "fzf --version" "zoxide --version" "direnv --version" "tmux -V" "git --version" \
  "bat --version" "less --version" "htop --version" "btop --version" "git-lfs version" "rg --version" "gpg --version" \
  "gpg-agent --version" "gpgconf --version" "gpg-connect-agent --version" "gpgsm --version" \
  "dirmngr --version" "ssh -V" "ssh-keygen --help" "ssh-agent -h" "nvim --version" \
  "vim --version" "zsh --version"; do
  prog="${cmd%% *}"
  if [ ! -x "$profile/bin/$prog" ]; then
    fail "$prog is not in the profile"
    continue
  fi
  [[ "$(readlink -f "$profile/bin/$prog")" == /nix/store/* ]] || fail "$prog is not from the store"
  # ssh-agent and ssh-keygen have no version option and exit 1 after
  # their usage.
  if ! env -i HOME="$HOME" PATH="$profile/bin:/usr/bin:/bin" $cmd > "$tmp/out" 2>&1 && [[ "$prog" != ssh-* ]]; then
    fail "$cmd: $(head -n 5 "$tmp/out")"
  elif ! grep -q . "$tmp/out"; then
    fail "$cmd printed nothing"
  fi
done
[[ "$optional" == *autojump* ]] && { "$profile/bin/autojump" --version > /dev/null 2>&1 || fail "autojump --version"; }

# Programs modules name by store path rather than through the profile:
# git's signer, the services' units.
signer="$(sh_in git config --global gpg.openpgp.program)" || fail "git config gpg.openpgp.program: $?"
[ -x "$signer" ] || fail "git's gpg.openpgp.program '$signer' is not a program"
"$signer" --version > /dev/null 2>&1 || fail "$signer --version"
pinentry="$(sed -n 's/^pinentry-program //p' "$HOME/.gnupg/gpg-agent.conf")"
[ -x "$pinentry" ] || fail "gpg-agent's pinentry-program '$pinentry' is not a program"
units=0
while read -r line; do
  exe="${line#Exec*=}"
  exe="${exe%% *}"
  exe="${exe#[-@:+!]}"
  [ -x "$exe" ] || fail "unit command is not a program: $line"
  units=$((units + 1))
done < <(cat "$HOME"/.config/systemd/user/*.service | grep '^Exec')
((units >= 3)) || fail "expected ExecStart of gpg-agent and ssh-agent and ExecReload of gpg-agent, found $units"

# What the programs do with the home's files and their own.
[ -d "$HOME/.cache/bat" ] || fail "activation did not build bat's cache"
export PATH="$profile/bin:$PATH"
out="$(tmux -S "$tmp/tmux.sock" -f /dev/null start-server \; source-file "$HOME/.config/tmux/tmux.conf" \; kill-server 2>&1)" ||
  fail "tmux cannot read its configuration: $out"
# The nvim wrapper's python3 provider (pynvim from the store).
if ! out="$(timeout 60 nvim --headless -c 'lua io.stdout:write(vim.fn.has("python3"))' -c q 2>&1)"; then
  fail "nvim --headless exited $?: $out"
elif [ "$out" != 1 ]; then
  fail "nvim has no python3 provider: $out"
fi
out="$(sh_in "$zsh" -ic '[[ -f $HELPDIR/autoload ]] || print "no help in $HELPDIR"')" || fail "zsh -ic (help): $?"
[ -z "$out" ] || fail "zsh: $out"

# gpg-agent's shell hook may have started an agent; it must not outlive
# the sandbox.
env -i HOME="$HOME" PATH="$profile/bin:/usr/bin:/bin" gpgconf --kill all > /dev/null 2>&1 || true

echo "switch ${switch_ms} ms, checks $(ms "$checks_start") ms"
checks_done
