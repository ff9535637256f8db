// `hearth activate GENERATION [--driver-version N]`: what a generation's
// `activate` script execs. Argument errors use Home Manager's wording.
// `--step NAME` runs one builtin step; the activation's bash calls it.
#include "cli/commands.hh"

#include "home/activate/activate.hh"

#include <unistd.h>

#include <climits>
#include <cstdio>
#include <string>

namespace hearth::cli {

namespace {

std::string self_exe(const char* argv0) {
    char buf[PATH_MAX];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) return std::string(buf, n);
    return argv0;
}

} // namespace

int cmd_activate(int argc, char** argv) {
    home::ActivateOptions options;
    options.self_exe = self_exe(argv[0]);
    std::string step;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--driver-version") {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "activate: no driver version specified\n");
                return 1;
            }
            std::string v = argv[++i];
            if (v != "0" && v != "1") {
                std::fprintf(stderr, "activate: unexpected driver version %s\n", v.c_str());
                return 1;
            }
            options.driver_version = v[0] - '0';
        } else if (arg == "--step" && i + 1 < argc) {
            step = argv[++i];
        } else if (arg == "--help" || arg == "-h") {
            std::printf("usage: hearth activate GENERATION [--driver-version 0|1]\n");
            return 0;
        } else if (options.generation.empty() && !arg.starts_with("-")) {
            options.generation = arg;
        } else {
            std::fprintf(stderr, "activate: unknown option '%s'\n", arg.c_str());
            return 1;
        }
    }
    if (options.generation.empty()) {
        std::fprintf(stderr, "usage: hearth activate GENERATION [--driver-version 0|1]\n");
        return 1;
    }
    if (!step.empty()) return home::activate_step(options, step);
    return home::activate(options);
}

} // namespace hearth::cli
