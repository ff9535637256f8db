// `nix-channel` (also `hearth channel`): --add URL [NAME], --remove NAME,
// --list, --update [NAME], as Nix's. The channels live where
// system/channels.hh says.
#include "cli/commands.hh"

#include "system/channels.hh"

#include <cstdio>
#include <string>

namespace hearth::cli {

namespace {

const char* usage_text =
    "usage: nix-channel {--add URL [NAME] | --remove NAME | --list | --update [NAME...]}\n";

int report(const system::Result<void>& r) {
    if (r) return 0;
    std::fprintf(stderr, "error: %s\n", r.error().message.c_str());
    return 1;
}

} // namespace

int cmd_channel(int argc, char** argv) {
    if (argc < 2) return std::fputs(usage_text, stderr), 1;
    std::string op = argv[1];
    std::string dir = system::channels_dir();
    if (op == "--add" && (argc == 3 || argc == 4)) {
        system::Channel c{argv[2], argc == 4 ? argv[3] : system::default_channel_name(argv[2])};
        return report(system::add_channel(dir, c));
    }
    if (op == "--remove" && argc == 3) return report(system::remove_channel(dir, argv[2]));
    if (op == "--list" && argc == 2) {
        auto cs = system::list_channels(dir);
        if (!cs) return report(system::Unexpected{cs.error()});
        for (auto& c : *cs) std::printf("%s %s\n", c.name.c_str(), c.url.c_str());
        return 0;
    }
    if (op == "--update") {
        if (argc == 2) return report(system::update_channels(dir, ""));
        for (int i = 2; i < argc; ++i)
            if (int r = report(system::update_channels(dir, argv[i]))) return r;
        return 0;
    }
    if (op == "--help" || op == "-h") return std::fputs(usage_text, stdout), 0;
    std::fputs(usage_text, stderr);
    return 1;
}

} // namespace hearth::cli
