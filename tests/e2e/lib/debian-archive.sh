# Shared by the tests that fetch real Debian packages: they skip (exit 0
# with a SKIP line) on a machine with no apt index or no way to the
# archive, where they could prove nothing. Source it, then call
# skip_without_debian_archive (before entering a private namespace: the
# check is a download, and the script runs again in there).

skip_without_debian_archive() {
  if ! apt-get indextargets --format '$(FILENAME)' 'Identifier: Packages' | grep -q .; then
    echo "SKIP: no apt package index on this machine"
    exit 0
  fi
  local url rel codename
  url=$(apt-get indextargets --format '$(REPO_URI)' 'Identifier: Packages' | head -1)
  rel=$(mktemp)
  codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
  if ! timeout 30 /usr/lib/apt/apt-helper download-file "${url%/}/dists/$codename/Release" "$rel" > /dev/null 2>&1; then
    rm -f "$rel"
    echo "SKIP: the Debian archive cannot be reached"
    exit 0
  fi
  rm -f "$rel"
}
