#!@bash@/bin/bash
program=$1
db=/var/lib/programs.sqlite
system=${NIX_SYSTEM:-x86_64-linux}

# SQL string literals double their quotes.
q="'"
quote() { printf '%s' "$q${1//$q/$q$q}$q"; }

packages=()
if [ -f "$db" ]; then
  mapfile -t packages < <(@sqlite@/bin/sqlite3 -readonly "$db" \
    "select package from Programs where system = $(quote "$system") and name = $(quote "$program");" 2>/dev/null)
fi

case ${#packages[@]} in
  0)
    echo "$program: command not found" >&2
    ;;
  1)
    if [ -n "${NIX_AUTO_RUN-}" ]; then
      exec nix-shell -p "${packages[0]}" --run "$(printf '%q ' exec "$@")"
    fi
    echo "$program: command not found; the package ${packages[0]} provides it:" >&2
    echo "  nix-env -iA nixos.${packages[0]}" >&2
    ;;
  *)
    echo "$program: command not found; these packages provide it:" >&2
    printf '  nix-env -iA nixos.%s\n' "${packages[@]}" >&2
    ;;
esac
exit 127
