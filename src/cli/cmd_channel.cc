// `nix-channel` (also `hearth channel`): see system/channels.hh.
#include "cli/commands.hh"

#include <cstdio>

namespace hearth::cli {

int cmd_channel(int, char**) {
    std::fprintf(stderr, "error: not yet\n");
    return 1;
}

} // namespace hearth::cli
