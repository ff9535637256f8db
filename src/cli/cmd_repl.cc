// `hearth repl`: an interactive session, as `nix repl`. Parses the
// arguments (files and -E expressions to load, in order; -I, --arg,
// --argstr) and starts a session (src/cli/repl/). `home-manager repl` runs
// it on Home Manager's entry file with the configuration's arguments.
#include "cli/commands.hh"
#include "cli/repl/line_reader.hh"
#include "cli/repl/session.hh"
#include "cli/search_path.hh"

#include "glue/install.hh"
#include "store/local_store.hh"

#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace hearth::cli {

namespace {

constexpr const char* usage_text =
    "usage: hearth repl [FILE | --file FILE | -E EXPR]... [-I PATH] [--arg NAME EXPR]\n"
    "                   [--argstr NAME STRING] [--show-trace] [--trace-verbose]\n";

std::string self_exe(const char* argv0) {
    char buf[PATH_MAX];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    return n > 0 ? std::string(buf, n) : std::string(argv0);
}

// Colours only on a terminal, and never with NO_COLOR (no-color.org).
bool use_colors() {
    const char* no = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    return isatty(STDOUT_FILENO) && !(no && *no) && !(term && std::string(term) == "dumb");
}

} // namespace

int cmd_repl(int argc, char** argv) {
    repl::SessionOptions opts;
    std::vector<std::string> include;
    bool trace_verbose = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto operands_left = [&](int n) {
            if (i + n < argc) return true;
            std::fprintf(stderr, "error: flag '%s' requires %d argument(s)\n%s", a.c_str(), n,
                         usage_text);
            return false;
        };
        if (a == "-E" || a == "--expr") {
            if (!operands_left(1)) return 1;
            opts.sources.push_back({repl::Source::Kind::Expr, argv[++i]});
        } else if (a == "-f" || a == "--file") {
            if (!operands_left(1)) return 1;
            opts.sources.push_back({repl::Source::Kind::File, argv[++i]});
        } else if (a == "-I" || a == "--include") {
            if (!operands_left(1)) return 1;
            include.push_back(argv[++i]);
        } else if (a.rfind("-I", 0) == 0 && a.size() > 2) {
            include.push_back(a.substr(2));
        } else if (a == "--arg" || a == "--argstr") {
            if (!operands_left(2)) return 1;
            opts.auto_args.push_back({argv[i + 1], {a == "--arg", argv[i + 2]}});
            i += 2;
        } else if (a == "--option") { // Nix settings: none apply to evaluation here
            if (!operands_left(2)) return 1;
            i += 2;
        } else if (a == "--show-trace") {
            opts.show_trace = true;
        } else if (a == "--trace-verbose") {
            trace_verbose = true;
        } else if (a == "-h" || a == "--help") {
            std::fputs(usage_text, stdout);
            return 0;
        } else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "error: unrecognised flag '%s'\n%s", a.c_str(), usage_text);
            return 1;
        } else {
            opts.sources.push_back({repl::Source::Kind::File, a});
        }
    }
    opts.colors = use_colors();
    opts.self_exe = self_exe(argv[0]);

    lang::EvalOptions eval_options;
    set_search_paths(eval_options, include);
    eval_options.trace_verbose = trace_verbose;
    // Derivations are written to the store, so :b can build them; without
    // a usable store, paths are still computed.
    std::unique_ptr<store::LocalStore> disk;
    if (auto opened = store::LocalStore::open(store::StoreConfig::from_environment("")))
        disk = std::move(*opened);
    lang::EvalState st(eval_options);
    auto store = glue::install(st, {.disk = disk.get()});

    std::fprintf(stderr, "Hearth %s\nType :? for help.\n", HEARTH_VERSION);
    opts.store = disk.get();
    repl::Session session(st, std::move(opts));
    auto reader =
        repl::open_line_reader([&](const std::string& word) { return session.complete(word); },
                               repl::default_history_file());
    return session.run(*reader);
}

} // namespace hearth::cli
