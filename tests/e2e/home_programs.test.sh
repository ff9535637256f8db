#!/usr/bin/env bash
# Program modules through a real switch: `home-manager switch` a home with
# programs.git, programs.ssh and programs.zsh into a sandbox HOME, then
# read the files back through their links: byte for byte, and through git
# and ssh themselves when they are installed. One option uses its pre-25.11
# name, so the switch must print the rename warning. No package is
# installed (git's and ssh's are null, zsh's is a local stub, and the
# package set has no nix-zsh-completions), so nothing comes from the
# Debian archive. Needs root for the private store; skips
# without.
# Usage: home_programs.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
src="${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}"
. "$src/tests/e2e/lib/private-store.sh"
private_store_or_skip "$@"
. "$src/tests/e2e/lib/home-manager-cli.sh"
home_manager_cli hm-tester

. "$src/tests/e2e/lib/home-checks.sh"
expect_eq() { [[ "$1" == "$2" ]] || fail "$3: expected '$2', got '$1'"; }

mkdir -p "$HOME/.config/home-manager"
cat > "$HOME/.config/home-manager/home.nix" <<NIX
{ lib, pkgs, ... }: {
  home.username = "hm-tester";
  home.homeDirectory = "$HOME";
  home.stateVersion = "25.11";

  programs.git = {
    enable = true;
    package = null;
    userName = "Hearth Tester";
    settings = {
      user.email = "tester@example.org";
      alias.st = "status --short";
      url."https://example.org/".insteadOf = "ex:";
    };
    ignores = [ "*.swp" ];
    includes = [
      {
        condition = "gitdir:~/work/";
        contents.user.email = "tester@work.example";
      }
    ];
  };

  programs.ssh = {
    enable = true;
    enableDefaultConfig = false;
    includes = [ "config.d/*" ];
    matchBlocks = {
      "*" = {
        serverAliveInterval = 30;
        addKeysToAgent = "yes";
      };
      gh = {
        hostname = "github.com";
        user = "git";
        identityFile = "~/.ssh/id_gh";
      };
      jump = lib.hm.dag.entryBefore [ "gh" ] {
        hostname = "10.0.0.1";
        port = 2222;
      };
    };
    extraConfig = "LogLevel ERROR";
  };

  programs.zsh = {
    enable = true;
    package = pkgs.runCommandLocal "zsh-stub" { } "mkdir -p \$out";
    shellAliases.ll = "ls -l";
  };
}
NIX

if ! hm switch > "$tmp/switch.log" 2>&1; then
  tail -n 40 "$tmp/switch.log"
  echo "FAIL: switch"
  exit 1
fi
grep -qF "The option \`programs.git.userName' defined in" "$tmp/switch.log" ||
  fail "no rename warning for programs.git.userName: $(cat "$tmp/switch.log")"

store_file="$(sed -n 's/^\tpath = "\(.*\)"$/\1/p' "$HOME/.config/git/config")"
expect_file "$HOME/.config/git/config" <<EOF
[alias]
	st = "status --short"

[url "https://example.org/"]
	insteadOf = "ex:"

[user]
	email = "tester@example.org"
	name = "Hearth Tester"

[includeIf "gitdir:~/work/"]
	path = "$store_file"
EOF
[[ "$store_file" == /nix/store/*-hm_gitconfig ]] || fail "include path: $store_file"
expect_eq "$(cat "$store_file" 2> /dev/null)" $'[user]\n\temail = "tester@work.example"' "included file"
expect_file "$HOME/.config/git/ignore" <<< "*.swp"

expect_file "$HOME/.ssh/config" <<'EOF'
Include config.d/*

Host jump
  Port 2222
  HostName 10.0.0.1
Host gh
  User git
  HostName github.com
  IdentityFile ~/.ssh/id_gh

Host *
  ServerAliveInterval 30
  AddKeysToAgent yes

  LogLevel ERROR
EOF

expect_eq "$(sed -n '/^alias/p' "$HOME/.zshrc")" "alias -- ll='ls -l'" "zsh alias"
grep -qx 'if \[\[ ! -o login \]\]; then' "$HOME/.zshenv" || fail ".zshenv: $(cat "$HOME/.zshenv")"
grep -q '/etc/profile.d/hm-session-vars.sh"$' "$HOME/.zprofile" || fail ".zprofile: $(cat "$HOME/.zprofile")"

# The programs themselves read what was written.
if command -v git > /dev/null; then
  expect_eq "$(git config --global user.name)" "Hearth Tester" "git user.name"
  expect_eq "$(git config --global alias.st)" "status --short" "git alias"
  mkdir -p "$HOME/work/repo"
  git -C "$HOME/work/repo" init -q
  expect_eq "$(git -C "$HOME/work/repo" config user.email)" "tester@work.example" "conditional include"
fi
if command -v ssh > /dev/null; then
  mkdir -p "$HOME/.ssh/config.d"
  out="$(ssh -F "$HOME/.ssh/config" -G gh 2>&1)" || fail "ssh -G: $out"
  grep -qx "hostname github.com" <<< "$out" || fail "ssh hostname: $out"
  grep -qx "serveraliveinterval 30" <<< "$out" || fail "ssh Host * options: $out"
  grep -qx "loglevel ERROR" <<< "$out" || fail "ssh extraConfig: $out"
  expect_eq "$(ssh -F "$HOME/.ssh/config" -G jump | sed -n 's/^port //p')" "2222" "ssh port"
fi

checks_done
