# Shared by the home e2e tests that switch real generations: a Hearth store
# in a temporary directory, its /nix/store bound on /nix/store in a
# private mount namespace, so that store paths are what they will be on a
# real machine. Source it, then call the two functions in order, or
# private_store_or_skip for both after a check for root.

# Re-runs the calling script in a private mount namespace (once).
enter_private_namespace() {
  [ -n "${HEARTH_E2E_NAMESPACE:-}" ] && return 0
  exec env HEARTH_E2E_NAMESPACE=1 unshare --mount --propagation private bash "$0" "$@"
}

# Sets $tmp (removed on exit) and HEARTH_STORE, and binds the store.
make_private_store() {
  tmp="$(mktemp -d)"
  trap 'umount /nix/store 2> /dev/null || true; chmod -R u+w "$tmp" 2> /dev/null; rm -rf "$tmp"' EXIT
  export HEARTH_STORE="$tmp/hearth"
  mkdir -p "$HEARTH_STORE/nix/store" /nix/store
  mount --bind "$HEARTH_STORE/nix/store" /nix/store
}

# The usual preamble: skip without root, else both steps above.
private_store_or_skip() {
  if [ "$(id -u)" != 0 ]; then
    echo "SKIP: needs root (a private mount namespace for /nix/store)"
    exit 0
  fi
  enter_private_namespace "$@"
  make_private_store
}
