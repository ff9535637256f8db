#!/usr/bin/env bash
# Installs what building and testing Hearth needs on Debian 12 (as root).
# Skips apt when everything is already there, so repeated runs are fast.
set -euo pipefail
pkgs=(build-essential cmake ninja-build libgtest-dev libssl-dev libsqlite3-dev
      libreadline-dev nix-bin time clang libclang-rt-dev
      systemd-container debootstrap clang-format fish sqlite3)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
