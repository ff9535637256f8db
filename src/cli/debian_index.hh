// Where evaluation finds the Debian layer's index (<hearth-debian-index>,
// read by share/hearth/nixpkgs/debian): the JSON shards of src/pkgs/
// index_nix.hh, written the first time they are needed and again after
// each `apt-get update` or dpkg run, into a cache every store of the
// machine shares: $XDG_CACHE_HOME/hearth/debian-index, else
// /var/cache/hearth/debian-index for root and ~/.cache/hearth/debian-index
// for other users. Checking that
// costs two stat calls, so every evaluation can afford it; asking apt which
// index files it has would cost half a second.
#pragma once

#include <string>

namespace hearth::cli {

// The index directory, written if missing or stale; "" when the machine
// has no apt index (not Debian) or the index cannot be written (a warning
// says why, once).
std::string debian_index_dir();

} // namespace hearth::cli
