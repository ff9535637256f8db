// `hearth lock`: the Debian packages pinned in hearth.lock.json. Parses
// arguments only; the work is in src/pkgs.
#include "cli/commands.hh"
#include "cli/debian_index.hh"

#include "pkgs/apt_index.hh"
#include "pkgs/host.hh"
#include "pkgs/index_nix.hh"
#include "pkgs/lock_file.hh"
#include "pkgs/realise.hh"
#include "store/local_store.hh"
#include "store/profiles.hh"

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hearth::cli {

namespace {

constexpr const char* usage_text =
    "usage: hearth lock [--lock FILE] [--store DIR] COMMAND [ARGS...]\n"
    "  update                     re-pin every locked package from the current apt index\n"
    "  add NAME...                pin packages and the dependencies the host lacks\n"
    "  build [--profile P] NAME...  bring packages into the store (pinning them first),\n"
    "                             print their paths, optionally as a new profile generation\n"
    "  index [DIR]                write the package set's Nix index of the apt sources\n"
    "                             (into DIR, else the cache evaluation uses), print its\n"
    "                             directory\n"
    "The lock file is ./hearth.lock.json unless --lock says otherwise.\n";

int fail(const pkgs::Error& e) {
    std::fprintf(stderr, "error: %s\n", e.message.c_str());
    for (const auto& line : e.trail) std::fprintf(stderr, "       … %s\n", line.c_str());
    return 1;
}

int fail(const store::Error& e) {
    return fail(pkgs::Error{pkgs::ErrorKind::store, e.message, {}, e.trail});
}

// Loads the apt index at most once, and only if asked.
struct LazyIndex {
    std::optional<pkgs::AptIndex> index;
    pkgs::Result<const pkgs::AptIndex*> operator()() {
        if (!index) index = HEARTH_TRY(pkgs::AptIndex::load());
        return &*index;
    }
};

struct Options {
    std::string lock = "hearth.lock.json";
    std::string store;
    std::string profile;
    std::string command;
    std::vector<std::string> args;
};

int run(const Options& o) {
    // Without a directory: the shared index evaluation uses, which reads
    // the host and apt itself, and only when it is stale.
    if (o.command == "index" && o.args.empty()) {
        std::string dir = debian_index_dir();
        if (dir.empty()) {
            std::fprintf(stderr, "error: no Debian package index: this machine has no apt "
                                 "lists in /var/lib/apt/lists, or the cache is not writable\n");
            return 1;
        }
        std::printf("%s\n", dir.c_str());
        return 0;
    }
    auto host = pkgs::HostSystem::load();
    if (!host) return fail(host.error());
    auto lock = pkgs::LockFile::read(o.lock);
    if (!lock) return fail(lock.error());
    auto index = std::make_shared<LazyIndex>();
    pkgs::IndexLoader load = [index] { return (*index)(); };
    if (o.command == "index") {
        auto dir = pkgs::write_nix_index(load, *host, o.args[0]);
        if (!dir) return fail(dir.error());
        std::printf("%s\n", dir->c_str());
        return 0;
    }
    if (o.command == "update") {
        auto idx = load();
        if (!idx) return fail(idx.error());
        if (auto r = pkgs::update_lock(*lock, **idx, *host); !r) return fail(r.error());
    } else if (o.command == "add") {
        if (auto r = pkgs::lock_closure(*lock, *host, load, o.args); !r) return fail(r.error());
    } else if (o.command == "build") {
        auto st = store::LocalStore::open(store::StoreConfig::from_environment(o.store));
        if (!st) return fail(st.error());
        pkgs::DebianRealiser realiser(**st, *lock, *host, load);
        auto paths = realiser.realise(o.args);
        // Pins are kept even when a later step failed: they were resolved.
        if (auto w = lock->write(o.lock); !w) return fail(w.error());
        if (!paths) return fail(paths.error());
        for (const auto& p : *paths) std::printf("%s\n", (*st)->print(p).c_str());
        if (!o.profile.empty()) {
            auto joined = pkgs::join_packages(**st, "profile", *paths);
            if (!joined) return fail(joined.error());
            auto gen = store::create_generation(**st, o.profile, *joined);
            if (!gen) return fail(gen.error());
        }
        return 0;
    } else {
        std::fprintf(stderr, "%s", usage_text);
        return 1;
    }
    if (auto w = lock->write(o.lock); !w) return fail(w.error());
    return 0;
}

} // namespace

int cmd_lock(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&](std::string& dst) {
            if (i + 1 >= argc) return false;
            dst = argv[++i];
            return true;
        };
        if (a == "--help" || a == "-h") {
            std::printf("%s", usage_text);
            return 0;
        } else if (a == "--lock") {
            if (!value(o.lock)) return std::fprintf(stderr, "%s", usage_text), 1;
        } else if (a == "--store") {
            if (!value(o.store)) return std::fprintf(stderr, "%s", usage_text), 1;
        } else if (a == "--profile") {
            if (!value(o.profile)) return std::fprintf(stderr, "%s", usage_text), 1;
        } else if (o.command.empty()) {
            o.command = a;
        } else {
            o.args.push_back(a);
        }
    }
    if (o.command.empty()) return std::fprintf(stderr, "%s", usage_text), 1;
    return run(o);
}

} // namespace hearth::cli
