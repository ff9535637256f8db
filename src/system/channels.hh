// Channels (`nix-channel`): named Nix expression trees fetched from a URL,
// so that `<home-manager/nixos>` can come from a Home Manager tarball as
// the seed's instructions show. Each user has their own (root's are also
// seen by everyone, as on Nix):
//   <dir>/channels.list          "URL NAME" per line (Nix's ~/.nix-channels)
//   <dir>/<name>                 -> .versions/<name>-<N>, the unpacked tree
// where <dir> is $HEARTH_CHANNELS_DIR, else /var/lib/hearth/channels for
// root and $XDG_STATE_HOME/hearth/channels (~/.local/state/...) for others.
// An update unpacks next to the old tree and swaps the link, so a reader
// sees the old channel or the new one, never half of one.
#pragma once

#include "system/error.hh"

#include <string>
#include <utility>
#include <vector>

namespace hearth::system {

struct Channel {
    std::string url, name;
};

std::string channels_dir();
std::string root_channels_dir();

// Nix's default name: the URL's last component without -unstable/-stable.
std::string default_channel_name(const std::string& url);

Result<std::vector<Channel>> list_channels(const std::string& dir);
Result<void> add_channel(const std::string& dir, const Channel& c);
Result<void> remove_channel(const std::string& dir, const std::string& name);
// Fetches and unpacks every channel, or only `only` when it is not empty.
Result<void> update_channels(const std::string& dir, const std::string& only);

// The channels present under `dir`, as (name, tree) search path entries.
std::vector<std::pair<std::string, std::string>> channel_entries(const std::string& dir);

} // namespace hearth::system
