# Shared by the home tests that switch real Debian packages (home_fish,
# home_real_packages, home_vim_plugins). Source it, then call debian_home.

src="${src:-${HEARTH_SOURCE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}}"
. "$src/tests/e2e/lib/private-store.sh"
. "$src/tests/e2e/lib/debian-archive.sh"
. "$src/tests/e2e/lib/home-manager-cli.sh"

# debian_home USER "$@": skips without root or the Debian archive; else
# runs the script again in a private mount namespace with a private store
# and a sandbox HOME for USER with the `home-manager` command (hm), and
# loads the checks (home-checks.sh).
debian_home() {
  local user="$1"
  shift
  if [ "$(id -u)" != 0 ]; then
    echo "SKIP: needs root (a private mount namespace for /nix/store)"
    exit 0
  fi
  # Before entering the namespace: the check is a download, and the
  # script runs again in there.
  [ -n "${HEARTH_E2E_NAMESPACE:-}" ] || skip_without_debian_archive
  enter_private_namespace "$@"
  # The store takes hundreds of MB in thousands of files; on a busy disk
  # deleting them took longer than the test, so it goes to memory when
  # there is room.
  if (($(df --output=avail -k /dev/shm 2> /dev/null | tail -n 1 || echo 0) > 2000000)); then
    export TMPDIR=/dev/shm
  fi
  make_private_store
  home_manager_cli "$user"
  # The Debian index and lock file come from the CLI's defaults, not the
  # caller's session.
  unset HEARTH_DEBIAN_INDEX HEARTH_LOCK_FILE XDG_CACHE_HOME NIX_PATH || true
  . "$src/tests/e2e/lib/home-checks.sh"
}

# hide DIR...: mounts an empty read-only directory over each DIR that
# exists, so that what the host installed there cannot satisfy a test.
hide() {
  local d
  for d; do
    [ -d "$d" ] && mount -t tmpfs -o ro,size=4k hidden "$d"
  done
  return 0
}

# on_terminal CMD...: runs CMD on a terminal, as a login would (script(1)
# gives it a pty: without one zsh cannot set up its line editor, bash has
# no job control, and both say so). Its stdout is the output; its stderr
# goes to $tmp/err. A failed run is tried once more, and says so on the
# test's stderr, so a failure that does not repeat is reported, not fatal.
# script(1) hands the command line to $SHELL, which is dash on CI; %q
# quotes for bash ($'...' for newlines), so bash must read it.
on_terminal() {
  local cmd out status=0
  cmd="$(printf '%q ' "$@") 2> $tmp/err"
  out="$(SHELL=/bin/bash script -qec "$cmd" /dev/null < /dev/null)" || status=$?
  if ((status != 0)); then
    echo "note: '$*' exited $status on a terminal (stderr: $(head -c 300 "$tmp/err")); running it again" >&2
    out="$(SHELL=/bin/bash script -qec "$cmd" /dev/null < /dev/null)" || return
  fi
  printf '%s\n' "$out" | tr -d '\r'
}
