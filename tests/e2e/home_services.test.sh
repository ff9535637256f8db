#!/usr/bin/env bash
# Services and their programs through a real switch: programs.gpg with
# services.gpg-agent, services.ssh-agent, programs.tmux, programs.neovim and
# programs.vim switched into a sandbox HOME, files read back through their
# links (the systemd user units too), the nvim and vim wrappers run, then
# the files checked by gpg, gpg-agent and tmux themselves when they are
# installed. Packages are local stubs, so nothing comes from the Debian
# archive. Needs root for the private store; skips without.
# Usage: home_services.test.sh /path/to/hearth
set -euo pipefail
hearth="$(realpath "$1")"
src="${HEARTH_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}"
. "$src/tests/e2e/lib/private-store.sh"
private_store_or_skip "$@"
. "$src/tests/e2e/lib/home-manager-cli.sh"
home_manager_cli hm-tester

. "$src/tests/e2e/lib/home-checks.sh"

mkdir -p "$HOME/.config/home-manager"
cat > "$HOME/.config/home-manager/home.nix" <<NIX
{ pkgs, ... }:
let
  stub = name: pkgs.runCommandLocal "\${name}-stub" { } "mkdir -p \$out/bin";
in
{
  home.username = "hm-tester";
  home.homeDirectory = "$HOME";
  home.stateVersion = "25.11";

  programs.gpg = {
    enable = true;
    package = stub "gnupg";
    settings = {
      keyid-format = "long";
      auto-key-locate = [ "local" "wkd" ];
    };
  };

  services.gpg-agent = {
    enable = true;
    enableSshSupport = true;
    sshKeys = [ "0123456789ABCDEF0123456789ABCDEF01234567" ];
    defaultCacheTtl = 600;
    extraConfig = "allow-loopback-pinentry";
  };

  services.ssh-agent = {
    enable = true;
    package = stub "openssh";
    socket = "agent/ssh.sock";
  };

  programs.tmux = {
    enable = true;
    package = stub "tmux";
    keyMode = "vi";
    prefix = "C-a";
    historyLimit = 20000;
    extraConfig = "set -g status-position top";
  };

  programs.neovim = {
    enable = true;
    package = pkgs.writeShellScriptBin "nvim" "echo \"nvim \$*\"; command -v rg-stub";
    withPython3 = false;
    viAlias = true;
    defaultEditor = true;
    extraPackages = [
      (pkgs.writeShellScriptBin "rg-stub" "")
    ];
    extraConfig = "set list";
    initLua = "vim.opt.list = true";
  };

  # Debian's vim package holds vim.basic, not vim.
  programs.vim = {
    enable = true;
    packageConfigurable = pkgs.runCommandLocal "vim-stub" { } ''
      mkdir -p \$out/bin
      cp \${pkgs.writeShellScript "vim.basic" "echo \"vim \$*\""} \$out/bin/vim.basic
    '';
    settings.expandtab = true;
    extraConfig = "set list";
  };
}
NIX

# A recording systemctl with a running user manager whose targets are
# active: activation's reloadSystemd must start the units the modules
# declared (their .wants links say which targets want them).
cat > "$tmp/systemctl" <<EOF
#!/bin/sh
echo "\$*" >> "$tmp/systemctl.log"
case "\$2" in
  is-system-running) echo running ;;
  is-active) case "\$3" in *.target) echo active ;; *) echo inactive; exit 3 ;; esac ;;
esac
EOF
chmod +x "$tmp/systemctl"
export HEARTH_SYSTEMCTL="$tmp/systemctl"

if ! hm switch > "$tmp/switch.log" 2>&1; then
  tail -n 40 "$tmp/switch.log"
  echo "FAIL: switch"
  exit 1
fi

gnupg="$(sed -n 's|^ExecStart=\(.*\)/bin/gpg-agent --supervised$|\1|p' "$HOME/.config/systemd/user/gpg-agent.service")"
[[ "$gnupg" == /nix/store/*-gnupg-stub ]] || fail "gpg-agent ExecStart: $(cat "$HOME/.config/systemd/user/gpg-agent.service")"

expect_file "$HOME/.gnupg/gpg.conf" <<'EOF'
auto-key-locate local
auto-key-locate wkd
cert-digest-algo SHA512
charset utf-8
default-preference-list SHA512 SHA384 SHA256 AES256 AES192 AES ZLIB BZIP2 ZIP Uncompressed
fixed-list-mode
keyid-format long
list-options show-uid-validity
no-comments
no-emit-version
no-symkey-cache
personal-cipher-preferences AES256 AES192 AES
personal-compress-preferences ZLIB BZIP2 ZIP Uncompressed
personal-digest-preferences SHA512 SHA384 SHA256
require-cross-certification
s2k-cipher-algo AES256
s2k-digest-algo SHA512
use-agent
verify-options show-uid-validity
with-fingerprint
EOF
# Lines joined by newlines, extraConfig last as given: no final newline.
expect_file "$HOME/.gnupg/gpg-agent.conf" < <(printf '%s\n' enable-ssh-support grab "default-cache-ttl 600" && printf allow-loopback-pinentry)
expect_file "$HOME/.gnupg/sshcontrol" <<< "0123456789ABCDEF0123456789ABCDEF01234567"
[[ "$(stat -c %a "$HOME/.gnupg")" == 700 ]] || fail "~/.gnupg mode $(stat -c %a "$HOME/.gnupg")"

expect_file "$HOME/.config/systemd/user/gpg-agent.service" <<EOF
[Service]
Environment=GNUPGHOME=$HOME/.gnupg
ExecReload=$gnupg/bin/gpgconf --reload gpg-agent
ExecStart=$gnupg/bin/gpg-agent --supervised

[Unit]
After=gpg-agent.socket
Description=GnuPG cryptographic agent and passphrase cache
Documentation=man:gpg-agent(1)
RefuseManualStart=true
Requires=gpg-agent.socket
EOF
expect_file "$HOME/.config/systemd/user/sockets.target.wants/gpg-agent-ssh.socket" <<'EOF'
[Install]
WantedBy=sockets.target

[Socket]
DirectoryMode=0700
FileDescriptorName=ssh
ListenStream=%t/gnupg/S.gpg-agent.ssh
Service=gpg-agent.service
SocketMode=0600

[Unit]
Description=GnuPG cryptographic agent (ssh-agent emulation)
Documentation=man:gpg-agent(1) man:ssh-add(1) man:ssh-agent(1) man:ssh(1)
EOF
# systemd names a unit after the file its link finally resolves to.
for unit in gpg-agent.service gpg-agent.socket gpg-agent-ssh.socket ssh-agent.service; do
  [[ "$(basename "$(realpath "$HOME/.config/systemd/user/$unit")")" == "$unit" ]] ||
    fail "$unit resolves to $(realpath "$HOME/.config/systemd/user/$unit")"
done
openssh="$(sed -n 's|^ExecStart=\(.*\)/bin/ssh-agent .*|\1|p' "$HOME/.config/systemd/user/ssh-agent.service")"
expect_file "$HOME/.config/systemd/user/default.target.wants/ssh-agent.service" <<EOF
[Install]
WantedBy=default.target

[Service]
ExecStart=$openssh/bin/ssh-agent -D -a %t/agent/ssh.sock
SuccessExitStatus=2

[Unit]
Description=SSH authentication agent
Documentation=man:ssh-agent(1)
EOF

vars="$HOME/.nix-profile/etc/profile.d/hm-session-vars.sh"
grep -qxF "export GNUPGHOME=\"$HOME/.gnupg\"" "$vars" || fail "GNUPGHOME: $(cat "$vars")"
grep -qxF 'export TMUX_TMPDIR="${XDG_RUNTIME_DIR:-"/run/user/\$(id -u)"}"' "$vars" || fail "TMUX_TMPDIR: $(cat "$vars")"
# Both agents offer a socket, gpg-agent's first (module order); the stub
# gnupg has no gpgconf, so its answer is empty and ssh-agent's is taken.
got="$(env -i HOME="$HOME" XDG_RUNTIME_DIR=/run/user/4242 PATH=/usr/bin:/bin bash -c \
  '. "$1" 2> /dev/null; echo "$SSH_AUTH_SOCK"' _ "$vars" 2>&1)"
[[ "$got" == /run/user/4242/agent/ssh.sock ]] || fail "SSH_AUTH_SOCK: $got"
got="$(env -i HOME="$HOME" SSH_AUTH_SOCK=/keep PATH=/usr/bin:/bin bash -c '. "$1"; echo "$SSH_AUTH_SOCK"' _ "$vars" 2>&1)"
[[ "$got" == /keep ]] || fail "a set SSH_AUTH_SOCK must stay: $got"

conf="$HOME/.config/tmux/tmux.conf"
[[ "$(readlink "$conf")" == /nix/store/*-home-manager-files/* ]] || fail "$conf is not linked"
grep -qx 'set -g prefix C-a' "$conf" || fail "tmux prefix: $(cat "$conf")"
[[ "$(tail -n 1 "$conf")" == "set -g status-position top" ]] || fail "tmux extraConfig last: $(cat "$conf")"

# nvim is the package wrapped with extraPackages at the end of its PATH,
# also installed as vi; init.lua sources the Vimscript from the store.
nvim_out="$(PATH=/usr/bin:/bin "$HOME/.nix-profile/bin/vi" -d a 2>&1)"
[[ "$nvim_out" == $'nvim -d a\n'/nix/store/*/bin/rg-stub ]] || fail "wrapped nvim: $nvim_out"
grep -qxF 'export EDITOR="nvim"' "$vars" || fail "EDITOR: $(cat "$vars")"
init="$HOME/.config/nvim/init.lua"
[[ "$(head -n 1 "$init")" == "vim.g.loaded_node_provider=0;vim.g.loaded_perl_provider=0;vim.g.loaded_python3_provider=0;vim.g.loaded_ruby_provider=0" ]] ||
  fail "init.lua providers: $(cat "$init")"
viml="$(sed -n 's/^vim.cmd \[\[source \(.*\)\]\]$/\1/p' "$init")"
[[ "$(cat "$viml" 2> /dev/null)" == "set list" ]] || fail "init.lua sources $viml: $(cat "$init")"
[[ "$(tail -n 1 "$init")" == "vim.opt.list = true" ]] || fail "init.lua initLua last: $(cat "$init")"

# vim is the stub's vim.basic started with the generated vimrc.
vim_out="$("$HOME/.nix-profile/bin/vim" f 2>&1)"
vimrc="$(sed -n 's/^vim -u \(.*\) f$/\1/p' <<< "$vim_out")"
[[ "$(cat "$vimrc" 2> /dev/null)" == $'set expandtab\n\nset list' ]] || fail "vim: $vim_out; vimrc: $(cat "$vimrc" 2>&1)"

# The programs themselves read what was written.
if command -v tmux > /dev/null; then
  out="$(TMUX_TMPDIR="$tmp" tmux -L hearth-e2e -f "$conf" start-server \; show -g prefix \; show -g history-limit \; show -g mode-keys \; kill-server 2>&1)" ||
    fail "tmux refused the file: $out"
  [[ "$out" == $'prefix C-a\nhistory-limit 20000\nmode-keys vi' ]] || fail "tmux read: $out"
fi
# --gpgconf-test parses the options file and exits 0 either way, so any
# message (an "invalid option" line) is the failure.
for program in gpg gpg-agent; do
  command -v "$program" > /dev/null || continue
  out="$(GNUPGHOME="$HOME/.gnupg" "$program" --gpgconf-test 2>&1)" || fail "$program --gpgconf-test: $out"
  [[ -z "$out" ]] || fail "$program rejects its file: $out"
done

# reloadSystemd started the declared units wanted by active targets.
for unit in ssh-agent.service gpg-agent.socket gpg-agent-ssh.socket; do
  grep -qx -- "--user start $unit" "$tmp/systemctl.log" ||
    fail "reloadSystemd did not start $unit: $(cat "$tmp/systemctl.log")"
done

checks_done
